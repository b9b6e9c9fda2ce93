package uk.gov.justice.ppg.gateway.checks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import uk.gov.justice.ppg.gateway.checks.CheckHistory.Cause;
import uk.gov.justice.ppg.gateway.checks.CheckMessages.CheckMessage;
import uk.gov.justice.ppg.gateway.routing.CaseRegister;
import uk.gov.justice.ppg.gateway.routing.Responsibility;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;
import uk.gov.justice.ppg.schemas.envelope.InterchangeView;

/**
 * The rules for domestic-abuse and safeguarding checks: a request opens an entry (INS),
 * moves its due-by (UPD) or withdraws it (DEL); a result answers the entry it matches, or
 * amends the answer (UPD), or is refused with its code.
 */
final class CheckRules {

    private final CheckRequests requests;

    private final LedgerEntries entries;

    private final CaseRegister register;

    CheckRules(CheckRequests requests, LedgerEntries entries, CaseRegister register) {
        this.requests = requests;
        this.entries = entries;
        this.register = register;
    }

    void request(InterchangeView view, CheckMessage message, String interchangeId, Instant at) {
        Optional<CheckRequests.Entry> existing = this.requests.find(view.receiver(), message.requestId());
        if (existing.isPresent()
                && !(existing.get().crn().equals(message.crn()) && existing.get().body() == message.body())) {
            throw new GatewayException(GatewayErrorCode.CHECK_REQUEST_ID_REUSED,
                    "RequestID already asked of " + view.receiver() + " for another case or check type");
        }
        if ("DEL".equals(message.messageType())) {
            CheckRequests.Entry entry = existing
                .orElseThrow(() -> new GatewayException(GatewayErrorCode.CHECK_REQUEST_UNKNOWN,
                        "withdraws no open request with that RequestID"));
            refuseIfClosed(entry);
            this.entries.move(entry, CheckState.CANCELLED, Cause.CANCELLED, interchangeId, null, at);
            return;
        }
        Instant dueBy = CheckLedger.dueBy(message.dueDate().orElseThrow());
        if (existing.isEmpty()) {
            String responsible = this.register.find(message.crn()).map(Responsibility::provider).orElse(null);
            CheckRequests.Entry entry = new CheckRequests.Entry(view.receiver(), message.requestId(), message.body(),
                    message.crn(), view.sender(), view.test(), interchangeId, at, dueBy, CheckState.REQUESTED,
                    responsible, null, null, at);
            if (this.entries.open(entry, "due by " + dueBy)) {
                return;
            }
            throw new GatewayException(GatewayErrorCode.STORAGE_UNAVAILABLE,
                    "check " + message.requestId() + " opened concurrently; retry");
        }
        CheckRequests.Entry entry = existing.orElseThrow();
        if ("UPD".equals(message.messageType()) && entry.state().open()) {
            this.requests.reschedule(entry, dueBy, at);
            if (entry.state() == CheckState.OVERDUE && dueBy.isAfter(at)) {
                this.entries.move(entry, this.entries.wasDelivered(entry) ? CheckState.DELIVERED : CheckState.REQUESTED,
                        Cause.REQUEST_UPDATED, interchangeId, null, at);
            }
            else {
                this.entries.note(entry, Cause.REQUEST_UPDATED, interchangeId, "due by " + dueBy, at);
            }
        }
        else {
            this.entries.note(entry, Cause.REPEATED, interchangeId, message.messageType(), at);
        }
    }

    void result(InterchangeView view, CheckMessage message, String interchangeId, Instant at) {
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
            this.entries.move(entry, CheckState.ANSWERED, Cause.AMENDED, interchangeId, interchangeId, at);
            return;
        }
        this.entries.move(entry, CheckState.ANSWERED, Cause.ANSWERED, interchangeId, interchangeId, at);
    }

    /**
     * The entry a result answers: one with its RequestID, check type and case (GW-090),
     * asked of this agency (GW-091).
     */
    CheckRequests.Entry matched(CheckMessage result, String agency) {
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

}
