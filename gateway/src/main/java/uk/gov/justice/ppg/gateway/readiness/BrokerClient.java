package uk.gov.justice.ppg.gateway.readiness;

import jakarta.jms.ConnectionFactory;
import org.springframework.jms.connection.CachingConnectionFactory;

/**
 * The broker's own client behind Spring's caching factory. Asking it for a connection
 * reaches the broker; asking the caching factory returns its one shared connection, which
 * looks alive while it reconnects to a broker that has gone.
 */
public final class BrokerClient {

    private BrokerClient() {
    }

    public static ConnectionFactory direct(ConnectionFactory factory) {
        return (factory instanceof CachingConnectionFactory caching && caching.getTargetConnectionFactory() != null)
                ? caching.getTargetConnectionFactory() : factory;
    }

}
