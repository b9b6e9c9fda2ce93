package uk.gov.justice.ppg.gateway.checks;

import java.time.Instant;

import uk.gov.justice.ppg.gateway.audit.AuditEvent;
import uk.gov.justice.ppg.gateway.audit.AuditRecord;
import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.audit.Purpose;
import uk.gov.justice.ppg.gateway.checks.CheckHistory.Cause;
import uk.gov.justice.ppg.gateway.checks.CheckHistory.Change;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;

/**
 * Every write to a ledger entry, in the caller's transaction, with its history row and
 * its CHECK_LEDGER_CHANGED audit record: opening it, moving it (conditional on the state
 * it leaves), and noting what happened to it without a change of state.
 */
final class LedgerEntries {

    private final CheckRequests requests;

    private final CheckHistory history;

    private final AuditTrail audit;

    LedgerEntries(CheckRequests requests, CheckHistory history, AuditTrail audit) {
        this.requests = requests;
        this.history = history;
        this.audit = audit;
    }

    /** Opens an entry; false if the agency already has one with its RequestID. */
    boolean open(CheckRequests.Entry entry, String detail) {
        if (!this.requests.insert(entry)) {
            return false;
        }
        record(entry,
                new Change(entry.requestedAt(), Cause.REQUESTED, null, entry.state(), entry.interchangeId(), detail),
                null);
        return true;
    }

    /**
     * A move the message makes: a concurrent move of the same entry fails the message,
     * which its sender retries.
     */
    void move(CheckRequests.Entry entry, CheckState to, Cause cause, String interchangeId, String answer, Instant at) {
        if (!tryMove(entry, to, cause, interchangeId, answer, null, at)) {
            throw new GatewayException(GatewayErrorCode.STORAGE_UNAVAILABLE,
                    "check " + entry.requestId() + " changed concurrently; retry");
        }
    }

    /** A move that may lose to another: false, and nothing written, if it did. */
    boolean tryMove(CheckRequests.Entry entry, CheckState to, Cause cause, String interchangeId, String answer,
            String deliveryId, Instant at) {
        if (!this.requests.move(entry, to, answer, at)) {
            return false;
        }
        String detail = (deliveryId != null) ? "delivery " + deliveryId : null;
        record(entry, new Change(at, cause, entry.state(), to, interchangeId, detail), deliveryId);
        return true;
    }

    /** Whether the entry's request ever reached its agency. */
    boolean wasDelivered(CheckRequests.Entry entry) {
        return this.history.of(entry.agency(), entry.requestId())
            .stream()
            .anyMatch((change) -> change.cause() == Cause.DELIVERED);
    }

    /**
     * Moves an unanswered entry whose due-by passed to OVERDUE; false if another node, a
     * result or a later due date came first.
     */
    boolean overdue(CheckRequests.Entry entry, Instant at) {
        if (!this.requests.moveOverdue(entry, at)) {
            return false;
        }
        record(entry, new Change(at, Cause.OVERDUE, entry.state(), CheckState.OVERDUE, null, "due by " + entry.dueBy()),
                null);
        return true;
    }

    /** What happened to an entry that leaves its state as it is. */
    void note(CheckRequests.Entry entry, Cause cause, String interchangeId, String detail, Instant at) {
        record(entry, new Change(at, cause, entry.state(), entry.state(), interchangeId, detail), null);
    }

    private void record(CheckRequests.Entry entry, Change change, String deliveryId) {
        this.history.append(entry, change);
        this.audit.append(AuditRecord.builder(AuditEvent.CHECK_LEDGER_CHANGED, AuditRecord.Outcome.CHANGED)
            .ids(null, change.interchangeId(), deliveryId)
            .parties(entry.requester(), entry.agency())
            .message(entry.body().localName(), entry.crn(), entry.test() ? Purpose.TEST : Purpose.CHECK_LEDGER)
            .reason(change.to().name(), change.cause().name() + " " + entry.requestId()));
    }

}
