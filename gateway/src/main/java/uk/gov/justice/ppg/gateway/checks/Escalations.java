package uk.gov.justice.ppg.gateway.checks;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import uk.gov.justice.ppg.gateway.checks.CheckHistory.Cause;
import uk.gov.justice.ppg.gateway.checks.CheckMessages.CheckMessage;
import uk.gov.justice.ppg.gateway.routing.CaseRegister;
import uk.gov.justice.ppg.gateway.routing.Responsibility;
import uk.gov.justice.ppg.schemas.MessageBody;
import uk.gov.justice.ppg.schemas.envelope.InterchangeView;

/**
 * Risk escalations in the ledger: a ConsolidatedTransferRequest whose parts carry one of
 * the configured reason codes opens an entry, keyed by its TransferID and owed by its
 * receiver (nDelius), due after the configured time; the response closes it as ACCEPTED
 * (a part with status AC) or REFUSED (TR); the CRC withdraws it by sending the request
 * again as DEL. Any other transfer is not the ledger's: nothing is recorded or refused.
 */
final class Escalations {

    static final String ACCEPTED = "AC";

    static final String REFUSED = "TR";

    private final CheckRequests requests;

    private final LedgerEntries entries;

    private final CaseRegister register;

    private final Set<String> reasons;

    private final Duration due;

    Escalations(CheckRequests requests, LedgerEntries entries, CaseRegister register, Set<String> reasons,
            Duration due) {
        this.requests = requests;
        this.entries = entries;
        this.register = register;
        this.reasons = reasons;
        this.due = due;
    }

    void transfer(InterchangeView view, CheckMessage message, String interchangeId, Instant at) {
        if (message.body() == MessageBody.CONSOLIDATED_TRANSFER_REQUEST) {
            request(view, message, interchangeId, at);
        }
        else {
            response(view, message, interchangeId, at);
        }
    }

    private void request(InterchangeView view, CheckMessage message, String interchangeId, Instant at) {
        Optional<CheckRequests.Entry> existing = escalation(view.receiver(), message);
        if (existing.isPresent()) {
            CheckRequests.Entry entry = existing.get();
            if ("DEL".equals(message.messageType()) && entry.state().open()) {
                this.entries.move(entry, CheckState.CANCELLED, Cause.CANCELLED, interchangeId, null, at);
            }
            else {
                this.entries.note(entry, Cause.REPEATED, interchangeId, message.messageType(), at);
            }
            return;
        }
        Optional<String> reason = message.codes().stream().filter(this.reasons::contains).findFirst();
        if (reason.isEmpty() || "DEL".equals(message.messageType())) {
            return;
        }
        String responsible = this.register.find(message.crn()).map(Responsibility::provider).orElse(null);
        this.entries.open(new CheckRequests.Entry(view.receiver(), message.requestId(), message.body(), message.crn(),
                view.sender(), view.test(), interchangeId, at, at.plus(this.due), CheckState.REQUESTED, responsible,
                null, null, at), "reason " + reason.get());
    }

    private void response(InterchangeView view, CheckMessage message, String interchangeId, Instant at) {
        Optional<CheckRequests.Entry> found = escalation(view.sender(), message)
            .filter((entry) -> entry.requester().equals(view.receiver()));
        if (found.isEmpty()) {
            return;
        }
        CheckRequests.Entry entry = found.get();
        String outcome = message.codes().contains(ACCEPTED) ? "ACCEPTED"
                : message.codes().contains(REFUSED) ? "REFUSED" : null;
        if (!entry.state().open() || outcome == null) {
            this.entries.note(entry, Cause.RESPONDED, interchangeId, String.join(" ", message.codes()), at);
            return;
        }
        this.entries.move(entry, CheckState.ANSWERED,
                "ACCEPTED".equals(outcome) ? Cause.ESCALATION_ACCEPTED : Cause.ESCALATION_REFUSED, interchangeId,
                interchangeId, at);
        this.requests.settle(entry, outcome);
    }

    private Optional<CheckRequests.Entry> escalation(String owedBy, CheckMessage message) {
        return this.requests.find(owedBy, message.requestId())
            .filter((entry) -> entry.body() == MessageBody.CONSOLIDATED_TRANSFER_REQUEST)
            .filter((entry) -> entry.crn().equals(message.crn()));
    }

}
