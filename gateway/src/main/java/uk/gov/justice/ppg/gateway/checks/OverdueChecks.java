package uk.gov.justice.ppg.gateway.checks;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jms.JmsException;
import org.springframework.jms.connection.SynchedLocalTransactionFailedException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.justice.ppg.routes.error.GatewayException;

/**
 * Finds ledger entries past their due-by, on every node: each moves to OVERDUE once, in a
 * transaction of its own with its reminder and notices, by an update conditional on the
 * state it leaves, so that whichever node moves it first sends them and the others find
 * nothing to do.
 */
public class OverdueChecks {

    private static final Logger LOG = LoggerFactory.getLogger(OverdueChecks.class);

    private static final int BATCH = 100;

    private final CheckRequests requests;

    private final CheckLedger ledger;

    private final CheckNotices notices;

    private final TransactionTemplate transactions;

    private final MeterRegistry meters;

    private final Clock clock;

    public OverdueChecks(CheckRequests requests, CheckLedger ledger, CheckNotices notices,
            TransactionTemplate transactions, MeterRegistry meters, Clock clock) {
        this.requests = requests;
        this.ledger = ledger;
        this.notices = notices;
        this.transactions = transactions;
        this.meters = meters;
        this.clock = clock;
    }

    /** The scheduled sweep, at the clock's time. */
    void sweep() {
        try {
            sweep(this.clock.instant());
        }
        catch (DataAccessException | TransactionException | GatewayException ex) {
            LOG.warn("overdue check sweep skipped: store unavailable ({})", ex.getClass().getSimpleName());
        }
    }

    /**
     * Moves every entry past its due-by at {@code now}; returns how many this node moved.
     */
    public int sweep(Instant now) {
        int moved = 0;
        for (CheckRequests.Entry entry : this.requests.pastDue(now, BATCH)) {
            if (moved(entry, now) || stillDue(entry, now).map((again) -> moved(again, now)).orElse(false)) {
                moved++;
                this.meters.counter("gateway.checks.overdue", "check_type", entry.checkType()).increment();
            }
        }
        return moved;
    }

    /**
     * One entry's move and notices, in a transaction of their own. If the broker did not
     * commit the notices' queue messages although the database committed, the recovery
     * sweep is told to queue them; any other failure leaves the entry for the next sweep
     * and goes on with the rest.
     */
    private boolean moved(CheckRequests.Entry entry, Instant now) {
        List<String> issued = new ArrayList<>();
        try {
            return Boolean.TRUE.equals(this.transactions.execute((status) -> {
                if (!this.ledger.overdue(entry, now)) {
                    return false;
                }
                issued.addAll(this.notices.overdue(entry, now));
                return true;
            }));
        }
        catch (SynchedLocalTransactionFailedException ex) {
            LOG.warn("overdue notices stored, but the broker did not commit their queue messages; "
                    + "the recovery sweep queues them");
            this.notices.unqueued(issued);
            return true;
        }
        catch (DataAccessException | TransactionException | JmsException | GatewayException ex) {
            LOG.warn("an overdue check left for the next sweep: {}", ex.getClass().getSimpleName());
            return false;
        }
    }

    /**
     * The entry as it is now, if a move lost a race yet it is still unanswered and past
     * its due-by (it was delivered meanwhile): tried once more in this sweep.
     */
    private Optional<CheckRequests.Entry> stillDue(CheckRequests.Entry entry, Instant now) {
        return this.requests.find(entry.agency(), entry.requestId())
            .filter((current) -> current.state() == CheckState.REQUESTED || current.state() == CheckState.DELIVERED)
            .filter((current) -> current.dueBy().isBefore(now));
    }

}
