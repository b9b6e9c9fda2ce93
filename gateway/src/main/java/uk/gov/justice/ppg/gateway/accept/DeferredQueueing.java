package uk.gov.justice.ppg.gateway.accept;

import io.micrometer.core.instrument.Counter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.gov.justice.ppg.gateway.store.UnqueuedMarks;

/**
 * An accept whose database transaction committed but whose queue messages the broker did
 * not (ADR 0018): the interchange stands accepted; its deliveries are marked as vouched
 * for by no run, so that the recovery sweep queues them (or, if the database is gone too,
 * once it is back: {@link UnqueuedMarks}). Counted as
 * {@code gateway.accept.wake.deferred}. One rule for partners' SOAP and agencies' JSON.
 */
final class DeferredQueueing {

    private static final Logger LOG = LoggerFactory.getLogger(DeferredQueueing.class);

    private final UnqueuedMarks marks;

    private final Counter deferred;

    DeferredQueueing(UnqueuedMarks marks, Counter deferred) {
        this.marks = marks;
        this.deferred = deferred;
    }

    void after(String interchangeId) {
        LOG.warn("interchange {} accepted, but the broker did not commit its queue messages; "
                + "the recovery sweep queues them", interchangeId);
        this.deferred.increment();
        this.marks.mark(interchangeId);
    }

}
