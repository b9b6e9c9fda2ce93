package uk.gov.justice.ppg.gateway.checks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

    /** The key of an escalation whose TransferID is 0, before its control reference. */
    static final String UNNUMBERED = "CR-";

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
        Optional<CheckRequests.Entry> existing = "0".equals(message.requestId()) ? Optional.empty()
                : escalation(view.receiver(), message);
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
        this.entries.open(new CheckRequests.Entry(view.receiver(), key(view, message), message.body(), message.crn(),
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

    /**
     * The escalation a transfer message is about: by its TransferID; a request the CRC
     * numbered 0 (an entity it created, which nDelius numbers in its response) is keyed
     * by the request's control reference, and a response finds it as the CRC's one open
     * escalation on the case.
     */
    private Optional<CheckRequests.Entry> escalation(String owedBy, CheckMessage message) {
        Optional<CheckRequests.Entry> found = this.requests.find(owedBy, message.requestId())
            .filter((entry) -> entry.body() == MessageBody.CONSOLIDATED_TRANSFER_REQUEST)
            .filter((entry) -> entry.crn().equals(message.crn()));
        if (found.isPresent() || message.body() == MessageBody.CONSOLIDATED_TRANSFER_REQUEST) {
            return found;
        }
        List<CheckRequests.Entry> unnumbered = this.requests.onCase(message.crn())
            .stream()
            .filter((entry) -> entry.body() == MessageBody.CONSOLIDATED_TRANSFER_REQUEST)
            .filter((entry) -> entry.agency().equals(owedBy) && entry.state().open())
            .filter((entry) -> entry.requestId().startsWith(UNNUMBERED))
            .toList();
        return (unnumbered.size() == 1) ? Optional.of(unnumbered.get(0)) : Optional.empty();
    }

    private static String key(InterchangeView view, CheckMessage message) {
        return "0".equals(message.requestId()) ? UNNUMBERED + view.senderControlReference() : message.requestId();
    }

}
