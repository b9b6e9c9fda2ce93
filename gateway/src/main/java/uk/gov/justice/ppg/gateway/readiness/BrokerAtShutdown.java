package uk.gov.justice.ppg.gateway.readiness;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;

/**
 * A bounded stop when the broker is gone. Closing each consumer and session is a blocking
 * call to the broker, and while the client is trying to reconnect every one of them
 * waits, so a node whose broker is down would take minutes to stop. As shutdown begins
 * (before Camel stops its routes), the broker is probed once, within the probe's bound.
 * If it does not answer, the broker client is closed: every later close returns at once.
 * Nothing is lost: deliveries are ordered by the database, the broker redelivers what it
 * had not seen acknowledged, and the recovery sweep queues again what no live run vouches
 * for (ADR 0018). A broker that answers is left alone, so the routes drain as usual.
 */
final class BrokerAtShutdown {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerAtShutdown.class);

    private static final Duration BOUND = Duration.ofSeconds(3);

    private final ConnectionFactory broker;

    BrokerAtShutdown(ConnectionFactory broker) {
        this.broker = broker;
    }

    @EventListener(ContextClosedEvent.class)
    void abandonABrokerThatIsGone() {
        if (BrokerClient.direct(this.broker) instanceof ActiveMQConnectionFactory artemis && !answers(artemis)) {
            LOG.warn("broker unreachable at shutdown: its client is closed so that the node stops promptly; "
                    + "the broker redelivers what this node had not acknowledged");
            artemis.close();
        }
    }

    /**
     * Whether the broker takes a new connection within the bound: asked of the broker
     * client itself, not of the cached connection, which looks alive while it reconnects.
     */
    private static boolean answers(ActiveMQConnectionFactory artemis) {
        CompletableFuture<Boolean> answer = CompletableFuture.supplyAsync(() -> {
            try (Connection connection = artemis.createConnection()) {
                return true;
            }
            catch (JMSException ex) {
                return false;
            }
        });
        try {
            return answer.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
        catch (ExecutionException | TimeoutException ex) {
            answer.cancel(true);
            return false;
        }
    }

}
