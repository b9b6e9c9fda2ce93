package uk.gov.justice.ppg.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import jakarta.jms.Destination;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jms.support.destination.DynamicDestinationResolver;

/** A broker reachable in this JVM only (no network acceptor), holding nothing on disk. */
class KnownQueuesTest {

    private EmbeddedActiveMQ broker;

    private Connection connection;

    @BeforeEach
    void start() throws Exception {
        this.broker = new EmbeddedActiveMQ().setConfiguration(new ConfigurationImpl().setPersistenceEnabled(false)
            .setSecurityEnabled(false)
            .addAcceptorConfiguration("in-vm", "vm://73"));
        this.broker.start();
        this.connection = new ActiveMQConnectionFactory("vm://73").createConnection();
    }

    @AfterEach
    void stop() throws Exception {
        this.connection.close();
        this.broker.stop();
    }

    @Test
    void resolvesEachQueueOnceForEverySession() throws Exception {
        KnownQueues queues = new KnownQueues();
        Session first = this.connection.createSession(true, Session.SESSION_TRANSACTED);
        Session second = this.connection.createSession(true, Session.SESSION_TRANSACTED);

        Destination c00 = queues.resolveDestinationName(first, "gateway.delivery.c00", false);

        assertThat(c00).isInstanceOf(Queue.class);
        assertThat(((Queue) c00).getQueueName()).isEqualTo("gateway.delivery.c00");
        assertThat(queues.resolveDestinationName(second, "gateway.delivery.c00", false)).isSameAs(c00);
        assertThat(queues.resolveDestinationName(first, "gateway.delivery.n00", false)).isNotEqualTo(c00);
        assertThat(new DynamicDestinationResolver().resolveDestinationName(first, "gateway.delivery.c00", false))
            .as("the session's own resolution, which asks the broker every time")
            .isNotSameAs(new DynamicDestinationResolver().resolveDestinationName(first, "gateway.delivery.c00", false));
    }

}
