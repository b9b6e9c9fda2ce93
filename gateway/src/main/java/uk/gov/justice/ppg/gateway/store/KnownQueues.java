package uk.gov.justice.ppg.gateway.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import org.springframework.jms.support.destination.DestinationResolver;
import org.springframework.jms.support.destination.DynamicDestinationResolver;

/**
 * Resolves each queue name once. Resolving a name through the session asks the broker
 * whether the queue exists, a round trip that the broker's client makes on every send
 * when the destination is given by name: about 1 % of the gateway's CPU, and a wait on
 * every accept (ADR 0034). A resolved queue is only its name and routing type, good for
 * any session and connection, so it is kept.
 */
final class KnownQueues implements DestinationResolver {

    private final DestinationResolver broker = new DynamicDestinationResolver();

    private final Map<String, Destination> known = new ConcurrentHashMap<>();

    @Override
    public Destination resolveDestinationName(Session session, String name, boolean pubSubDomain) throws JMSException {
        Destination queue = this.known.get(name);
        if (queue == null) {
            queue = this.broker.resolveDestinationName(session, name, pubSubDomain);
            this.known.put(name, queue);
        }
        return queue;
    }

}
