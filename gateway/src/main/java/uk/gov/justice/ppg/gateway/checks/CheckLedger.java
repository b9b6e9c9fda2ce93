package uk.gov.justice.ppg.gateway.checks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.w3c.dom.Element;

import uk.gov.justice.ppg.gateway.audit.AuditEvent;
import uk.gov.justice.ppg.gateway.audit.AuditRecord;
import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.audit.Purpose;
import uk.gov.justice.ppg.gateway.checks.CheckHistory.Cause;
import uk.gov.justice.ppg.gateway.checks.CheckHistory.Change;
import uk.gov.justice.ppg.gateway.checks.CheckMessages.CheckMessage;
import uk.gov.justice.ppg.gateway.routing.CaseRegister;
import uk.gov.justice.ppg.gateway.routing.Responsibility;
import uk.gov.justice.ppg.gateway.routing.ResponsibilityChange;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;
import uk.gov.justice.ppg.schemas.envelope.InterchangeView;

/**
 * The check ledger's rules (docs/check-ledger.md). Each method runs in the caller's
 * transaction, so that an entry changes with the message that changes it, and appends the
 * change to the entry's history and to the audit trail. A message the rules refuse throws
 * its GW code, which rolls the whole acceptance back.
 */
public class CheckLedger {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final CheckRequests requests;

    private final CheckHistory history;

    private final CaseRegister register;

    private final AuditTrail audit;

    private final CheckNotices notices;

    public CheckLedger(CheckRequests requests, CheckHistory history, CaseRegister register, AuditTrail audit,
            CheckNotices notices) {
        this.notices = notices;
        this.requests = requests;
        this.history = history;
        this.register = register;
        this.audit = audit;
    }

    /** The end of a DueDate in UK time. */
    public static Instant dueBy(LocalDate dueDate) {
        return dueDate.plusDays(1).atStartOfDay(UK).toInstant();
    }

    /** Applies every check request and result an accepted interchange carries. */
    public void accepted(InterchangeView view, Element interchange, String interchangeId, Instant at) {
        for (CheckMessage message : CheckMessages.read(interchange)) {
            if (message.request()) {
                request(view, message, interchangeId, at);
            }
            else {
                result(view, message, interchangeId, at);
            }
        }
    }

    /**
     * A request interchange reached an agency: its entries still REQUESTED are DELIVERED.
     */
    public void delivered(String interchangeId, String agency, String deliveryId, Instant at) {
        for (CheckRequests.Entry entry : this.requests.awaitingDelivery(interchangeId, agency)) {
            if (this.requests.move(entry, CheckState.DELIVERED, null, at)) {
                record(entry, new Change(at, Cause.DELIVERED, entry.state(), CheckState.DELIVERED, interchangeId,
                        "delivery " + deliveryId), deliveryId);
            }
        }
    }

    /**
     * Before the case register applies {@code change}: the case's open entries record an
     * allocation against them, or the new responsible organisation, and each agency with
     * an open check is told of a change.
     */
    public void responsibilityChanging(ResponsibilityChange change, String interchangeId, Instant at) {
        List<CheckRequests.Entry> open = this.requests.onCase(change.crn())
            .stream()
            .filter((entry) -> entry.state().open())
            .toList();
        if (open.isEmpty()) {
            return;
        }
        Optional<String> current = this.register.find(change.crn()).map(Responsibility::provider);
        boolean moves = current.isPresent() && !current.get().equals(change.provider());
        for (CheckRequests.Entry entry : open) {
            this.requests.reassign(entry, change.provider(), at);
            Cause cause = moves ? Cause.RESPONSIBILITY_CHANGED : Cause.AT_ALLOCATION;
            record(entry, new Change(at, cause, entry.state(), entry.state(), interchangeId,
                    change.kind().name() + " to " + change.provider()), null);
        }
        if (moves) {
            this.notices.responsibilityChanged(change.crn(), change.provider(), open, interchangeId, at);
        }
    }

    /**
     * Moves an unanswered entry past its due-by to OVERDUE; false if another node (or a
     * result) moved it first.
     */
    boolean overdue(CheckRequests.Entry entry, Instant at) {
        if (!this.requests.move(entry, CheckState.OVERDUE, null, at)) {
            return false;
        }
        record(entry, new Change(at, Cause.OVERDUE, entry.state(), CheckState.OVERDUE, null, "due by " + entry.dueBy()),
                null);
        return true;
    }

    private void request(InterchangeView view, CheckMessage message, String interchangeId, Instant at) {
        Optional<CheckRequests.Entry> existing = this.requests.find(view.receiver(), message.requestId())
            .filter((entry) -> entry.crn().equals(message.crn()) && entry.checkType().equals(message.checkType()));
        if ("DEL".equals(message.messageType())) {
            CheckRequests.Entry entry = existing
                .orElseThrow(() -> new GatewayException(GatewayErrorCode.CHECK_REQUEST_UNKNOWN,
                        "withdraws no open request with that RequestID"));
            refuseIfClosed(entry);
            move(entry, CheckState.CANCELLED, Cause.CANCELLED, interchangeId, null, at);
            return;
        }
        Instant dueBy = dueBy(message.dueDate().orElseThrow());
        if (existing.isEmpty()) {
            String responsible = this.register.find(message.crn()).map(Responsibility::provider).orElse(null);
            CheckRequests.Entry entry = new CheckRequests.Entry(view.receiver(), message.requestId(), message.body(),
                    message.crn(), view.sender(), view.test(), interchangeId, at, dueBy, CheckState.REQUESTED,
                    responsible, null, at);
            if (this.requests.insert(entry)) {
                record(entry,
                        new Change(at, Cause.REQUESTED, null, CheckState.REQUESTED, interchangeId, "due by " + dueBy),
                        null);
                return;
            }
            existing = this.requests.find(view.receiver(), message.requestId());
        }
        CheckRequests.Entry entry = existing.orElseThrow();
        if ("UPD".equals(message.messageType()) && entry.state().open()) {
            this.requests.reschedule(entry, dueBy, at);
            record(entry, new Change(at, Cause.REQUEST_UPDATED, entry.state(), entry.state(), interchangeId,
                    "due by " + dueBy), null);
        }
        else {
            record(entry,
                    new Change(at, Cause.REPEATED, entry.state(), entry.state(), interchangeId, message.messageType()),
                    null);
        }
    }

    private void result(InterchangeView view, CheckMessage message, String interchangeId, Instant at) {
        CheckRequests.Entry entry = matched(message, view.sender());
        if ("DEL".equals(message.messageType())) {
            throw new GatewayException(GatewayErrorCode.CHECK_RESULT_NOT_WITHDRAWABLE, "a result sent as DEL");
        }
        if (entry.state() == CheckState.CANCELLED) {
            throw new GatewayException(GatewayErrorCode.CHECK_WITHDRAWN, "the request was withdrawn");
        }
        if (entry.state() == CheckState.ANSWERED) {
            if (!"UPD".equals(message.messageType())) {
                throw new GatewayException(GatewayErrorCode.CHECK_ALREADY_ANSWERED,
                        "answered by interchange " + entry.answerInterchangeId());
            }
            move(entry, CheckState.ANSWERED, Cause.AMENDED, interchangeId, interchangeId, at);
            return;
        }
        move(entry, CheckState.ANSWERED, Cause.ANSWERED, interchangeId, interchangeId, at);
    }

    /**
     * The entry a result answers: one with its RequestID, check type and case (GW-090),
     * asked of this agency (GW-091).
     */
    public CheckRequests.Entry matched(CheckMessage result, String agency) {
        List<CheckRequests.Entry> candidates = this.requests.find(result.requestId())
            .stream()
            .filter((entry) -> entry.checkType().equals(result.checkType()) && entry.crn().equals(result.crn()))
            .toList();
        if (candidates.isEmpty()) {
            throw new GatewayException(GatewayErrorCode.CHECK_REQUEST_UNKNOWN,
                    "no " + result.checkType() + " request with that RequestID for that case");
        }
        return candidates.stream()
            .filter((entry) -> entry.agency().equals(agency))
            .findFirst()
            .orElseThrow(() -> new GatewayException(GatewayErrorCode.CHECK_REQUEST_NOT_ASKED,
                    "the request went to another agency"));
    }

    private static void refuseIfClosed(CheckRequests.Entry entry) {
        if (entry.state() == CheckState.ANSWERED) {
            throw new GatewayException(GatewayErrorCode.CHECK_ALREADY_ANSWERED,
                    "answered by interchange " + entry.answerInterchangeId());
        }
        if (entry.state() == CheckState.CANCELLED) {
            throw new GatewayException(GatewayErrorCode.CHECK_WITHDRAWN, "already withdrawn");
        }
    }

    /**
     * A move the message makes; a concurrent move of the same entry fails the message.
     */
    private void move(CheckRequests.Entry entry, CheckState to, Cause cause, String interchangeId, String answer,
            Instant at) {
        if (!this.requests.move(entry, to, answer, at)) {
            throw new GatewayException(GatewayErrorCode.STORAGE_UNAVAILABLE,
                    "check " + entry.requestId() + " changed concurrently; retry");
        }
        record(entry, new Change(at, cause, entry.state(), to, interchangeId, null), null);
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
