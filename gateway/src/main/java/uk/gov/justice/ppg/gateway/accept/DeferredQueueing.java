package uk.gov.justice.ppg.gateway.accept;

import io.micrometer.core.instrument.Counter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

import uk.gov.justice.ppg.gateway.store.DeliveryStore;

/**
 * An accept whose database transaction committed but whose queue messages the broker did
 * not (ADR 0018): the interchange stands accepted; its deliveries are marked as vouched
 * for by no run, so that the recovery sweep queues them (or, if the database is gone too,
 * they wait for this run to end). Counted as {@code gateway.accept.wake.deferred}. One
 * rule for partners' SOAP and agencies' JSON.
 */
final class DeferredQueueing {

    private static final Logger LOG = LoggerFactory.getLogger(DeferredQueueing.class);

    private final DeliveryStore deliveries;

    private final Counter deferred;

    DeferredQueueing(DeliveryStore deliveries, Counter deferred) {
        this.deliveries = deliveries;
        this.deferred = deferred;
    }

    void after(String interchangeId) {
        LOG.warn("interchange {} accepted, but the broker did not commit its queue messages; "
                + "the recovery sweep queues them", interchangeId);
        this.deferred.increment();
        try {
            this.deliveries.unqueued(interchangeId);
        }
        catch (DataAccessException ex) {
            LOG.error("deliveries of interchange {} not marked unqueued; they are queued when this run ends",
                    interchangeId);
        }
    }

}
