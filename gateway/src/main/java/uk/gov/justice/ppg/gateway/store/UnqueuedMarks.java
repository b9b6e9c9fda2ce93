package uk.gov.justice.ppg.gateway.store;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Interchanges whose pending deliveries may have no queue message although their rows
 * committed: a broker commit that failed after the database's, or a database commit that
 * failed without saying whether it took. Each is marked as vouched for by no run
 * ({@link DeliveryStore#unqueued}), so that the recovery sweep queues its deliveries (ADR
 * 0018, 0034). A mark the store cannot take now waits here and is tried again at each of
 * this node's sweeps: until then its deliveries wait for this run to end, as before.
 * Marking a delivery that is queued after all costs one refused wake.
 */
public class UnqueuedMarks {

    private static final Logger LOG = LoggerFactory.getLogger(UnqueuedMarks.class);

    private final DeliveryStore deliveries;

    private final Set<String> waiting = ConcurrentHashMap.newKeySet();

    public UnqueuedMarks(DeliveryStore deliveries) {
        this.deliveries = deliveries;
    }

    /** Marks the interchange's pending deliveries now, or at a later sweep. */
    public void mark(String interchangeId) {
        if (!marked(interchangeId)) {
            LOG.warn("deliveries of interchange {} not yet marked unqueued (store unavailable); "
                    + "the next sweep tries again", interchangeId);
            this.waiting.add(interchangeId);
        }
    }

    /**
     * Tries the marks that are waiting again: from the recovery sweep, before it looks.
     */
    public void retry() {
        for (String interchangeId : this.waiting) {
            if (marked(interchangeId)) {
                this.waiting.remove(interchangeId);
            }
        }
    }

    /** How many marks are waiting for the store. */
    public int waiting() {
        return this.waiting.size();
    }

    private boolean marked(String interchangeId) {
        try {
            this.deliveries.unqueued(interchangeId);
            return true;
        }
        catch (DataAccessException ex) {
            return false;
        }
    }

}
