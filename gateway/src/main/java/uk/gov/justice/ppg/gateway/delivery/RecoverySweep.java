package uk.gov.justice.ppg.gateway.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jms.JmsException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.justice.ppg.gateway.audit.AuditEvent;
import uk.gov.justice.ppg.gateway.audit.AuditRecord;
import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.store.DeliveryQueue;
import uk.gov.justice.ppg.gateway.store.DeliveryStore;
import uk.gov.justice.ppg.gateway.store.NodeRuns;
import uk.gov.justice.ppg.gateway.store.QueueMessage;
import uk.gov.justice.ppg.gateway.store.UnqueuedMarks;
import uk.gov.justice.ppg.routes.error.GatewayException;

/**
 * Finds pending deliveries whose queue message may have been lost (a run killed between
 * an accept's database commit and its broker commit, or a broker commit that failed) and
 * queues them again: at once on start-up and then every few seconds, on every node, which
 * also keeps this node's run alive. A candidate is a delivery no consumer has claimed,
 * older than the grace an accept needs between its two commits, that no live run vouches
 * for ({@link NodeRuns}): however long a live run's backlog, its deliveries are not
 * candidates. Waking one that is still queued costs nothing: the broker's duplicate
 * detection refuses it, which tells the two apart. A delivery that was really lost is
 * logged, counted and audited ({@code DELIVERY_RECOVERED}). Before it looks, it hands the
 * store the marks that were waiting for it ({@link UnqueuedMarks}).
 */
final class RecoverySweep {

    private static final Logger LOG = LoggerFactory.getLogger(RecoverySweep.class);

    private static final int BATCH = 500;

    private final DeliveryStore deliveries;

    private final DeliveryQueue queue;

    private final UnqueuedMarks marks;

    private final AuditTrail audit;

    private final TransactionTemplate transactions;

    private final Counter recovered;

    private final Clock clock;

    private final Duration grace;

    private final NodeRuns runs;

    RecoverySweep(DeliveryStore deliveries, DeliveryQueue queue, UnqueuedMarks marks, AuditTrail audit,
            TransactionTemplate transactions, Counter recovered, Clock clock, Duration grace, NodeRuns runs) {
        this.deliveries = deliveries;
        this.queue = queue;
        this.marks = marks;
        this.audit = audit;
        this.transactions = transactions;
        this.recovered = recovered;
        this.clock = clock;
        this.grace = grace;
        this.runs = runs;
    }

    void sweep() {
        try {
            Instant now = this.clock.instant();
            this.runs.beat(now);
            this.marks.retry();
            for (QueueMessage message : this.deliveries.orphaned(now.minus(this.grace), now, BATCH)) {
                wake(message, now);
            }
        }
        catch (DataAccessException | JmsException | TransactionException | GatewayException ex) {
            LOG.warn("recovery sweep skipped: store unavailable ({})", ex.getClass().getSimpleName());
        }
    }

    private void wake(QueueMessage message, Instant now) {
        boolean lost = this.queue.wake(message);
        this.transactions.executeWithoutResult((status) -> {
            this.deliveries.woken(message.deliveryId(), now);
            if (lost) {
                this.audit.append(AuditRecord.builder(AuditEvent.DELIVERY_RECOVERED, AuditRecord.Outcome.RECOVERED)
                    .ids(null, message.interchangeId(), message.deliveryId())
                    .parties(null, message.receiver())
                    .reason("REQUEUED", "no queue held it; queued again for partner " + message.partnerId()));
            }
        });
        if (lost) {
            this.recovered.increment();
            LOG.warn("delivery {} to partner {} was on no queue; queued again", message.deliveryId(),
                    message.partnerId());
        }
    }

}
