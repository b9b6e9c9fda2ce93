package uk.gov.justice.ppg.gateway.readiness;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded broker stops itself on a critical journal error (a full disk, say), and
 * the embedded default has no supervisor to restart the process. Once there is room
 * again, this starts it again, at most every few seconds; the JMS clients reconnect.
 */
final class EmbeddedBrokerRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBrokerRecovery.class);

    private static final Duration BETWEEN_TRIES = Duration.ofSeconds(5);

    private final EmbeddedActiveMQ embedded;

    private final Readiness readiness;

    private final Clock clock;

    private Instant lastTry = Instant.MIN;

    EmbeddedBrokerRecovery(EmbeddedActiveMQ embedded, Readiness readiness, Clock clock) {
        this.embedded = embedded;
        this.readiness = readiness;
        this.clock = clock;
    }

    void check() {
        ActiveMQServer server = this.embedded.getActiveMQServer();
        if (server == null || server.isStarted() || !this.readiness.roomToStore() || this.readiness.isStopping()) {
            return;
        }
        Instant now = this.clock.instant();
        if (now.isBefore(this.lastTry.plus(BETWEEN_TRIES))) {
            return;
        }
        this.lastTry = now;
        try {
            LOG.warn("embedded broker stopped; starting it again");
            server.start();
        }
        catch (Exception ex) {
            LOG.error("embedded broker did not start again ({})", ex.getClass().getSimpleName());
        }
    }

}
