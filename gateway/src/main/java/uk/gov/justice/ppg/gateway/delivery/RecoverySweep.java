package uk.gov.justice.ppg.gateway.delivery;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jms.JmsException;

import uk.gov.justice.ppg.gateway.store.DeliveryQueue;
import uk.gov.justice.ppg.gateway.store.DeliveryStore;
import uk.gov.justice.ppg.gateway.store.QueueMessage;

/**
 * Re-queues pending deliveries that were never attempted: a queue message lost between a
 * database commit and a broker commit. The broker's duplicate detection drops a re-queued
 * delivery that is still on its queue.
 */
class RecoverySweep {

    private static final Logger LOG = LoggerFactory.getLogger(RecoverySweep.class);

    private static final Duration UNATTEMPTED_FOR = Duration.ofMinutes(2);

    private static final int BATCH = 500;

    private final DeliveryStore deliveries;

    private final DeliveryQueue queue;

    private final Clock clock;

    RecoverySweep(DeliveryStore deliveries, DeliveryQueue queue, Clock clock) {
        this.deliveries = deliveries;
        this.queue = queue;
        this.clock = clock;
    }

    void requeueUnattempted() {
        try {
            for (QueueMessage message : this.deliveries.unattemptedBefore(this.clock.instant().minus(UNATTEMPTED_FOR),
                    BATCH)) {
                this.queue.enqueueDirect(message);
            }
        }
        catch (DataAccessException | JmsException ex) {
            LOG.warn("pending-delivery sweep skipped: store unavailable");
        }
    }

}
