package uk.gov.justice.ppg.gateway.checks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.w3c.dom.Element;

import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.checks.CheckHistory.Cause;
import uk.gov.justice.ppg.gateway.checks.CheckMessages.CheckMessage;
import uk.gov.justice.ppg.gateway.routing.CaseRegister;
import uk.gov.justice.ppg.gateway.routing.Responsibility;
import uk.gov.justice.ppg.gateway.routing.ResponsibilityChange;
import uk.gov.justice.ppg.schemas.envelope.InterchangeView;

/**
 * The check ledger (docs/check-ledger.md): what changes its entries, each in the caller's
 * transaction. An accepted interchange's check requests and results ({@link CheckRules})
 * and risk escalations ({@link Escalations}); the end of a request's delivery; a change
 * of the case's responsible organisation; the overdue sweep's move. A message the rules
 * refuse throws its GW code, which rolls the whole acceptance back.
 */
public class CheckLedger {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final CheckRequests requests;

    private final LedgerEntries entries;

    private final CheckRules checks;

    private final Escalations escalations;

    private final CaseRegister register;

    private final CheckNotices notices;

    CheckLedger(CheckRequests requests, CheckHistory history, CaseRegister register, AuditTrail audit,
            CheckNotices notices, Set<String> escalationReasons, Duration escalationDue) {
        this.requests = requests;
        this.entries = new LedgerEntries(requests, history, audit);
        this.checks = new CheckRules(requests, this.entries, register);
        this.escalations = new Escalations(requests, this.entries, register, escalationReasons, escalationDue);
        this.register = register;
        this.notices = notices;
    }

    /** The end of a DueDate in UK time. */
    public static Instant dueBy(LocalDate dueDate) {
        return dueDate.plusDays(1).atStartOfDay(UK).toInstant();
    }

    /**
     * Applies every check request, result and risk escalation an accepted interchange
     * carries.
     */
    public void accepted(InterchangeView view, Element interchange, String interchangeId, Instant at) {
        for (CheckMessage message : CheckMessages.read(interchange)) {
            if (message.transfer()) {
                this.escalations.transfer(view, message, interchangeId, at);
            }
            else if (message.request()) {
                this.checks.request(view, message, interchangeId, at);
            }
            else {
                this.checks.result(view, message, interchangeId, at);
            }
        }
    }

    /**
     * The entry a check result answers, by the ledger's rule (GW-090, GW-091): what the
     * JSON channel addresses its result by.
     */
    public CheckRequests.Entry matched(CheckMessage result, String agency) {
        return this.checks.matched(result, agency);
    }

    /**
     * A request interchange reached an agency: its entries still REQUESTED are DELIVERED.
     */
    public void delivered(String interchangeId, String agency, String deliveryId, Instant at) {
        for (CheckRequests.Entry entry : this.requests.awaitingDelivery(interchangeId, agency)) {
            if (entry.state() == CheckState.REQUESTED) {
                this.entries.tryMove(entry, CheckState.DELIVERED, Cause.DELIVERED, interchangeId, null, deliveryId, at);
            }
            else if (!this.entries.wasDelivered(entry)) {
                this.entries.note(entry, Cause.DELIVERED, interchangeId, "delivery " + deliveryId, at);
            }
        }
    }

    /**
     * Before the case register applies {@code change}: the case's open entries record an
     * allocation against them, or the new responsible organisation, and each agency with
     * an open check is told of a change (escalations are between the CRC and nDelius, who
     * know).
     */
    public List<String> responsibilityChanging(ResponsibilityChange change, String interchangeId, Instant at) {
        List<CheckRequests.Entry> open = this.requests.onCase(change.crn())
            .stream()
            .filter((entry) -> entry.state().open())
            .toList();
        if (open.isEmpty()) {
            return List.of();
        }
        Optional<String> current = this.register.find(change.crn()).map(Responsibility::provider);
        boolean moves = current.isPresent() && !current.get().equals(change.provider());
        for (CheckRequests.Entry entry : open) {
            this.requests.reassign(entry, change.provider(), at);
            String detail = change.kind().name() + " to " + change.provider() + (moves ? " from " + current.get() : "");
            if (change.kind() == ResponsibilityChange.Kind.ALLOCATION) {
                this.entries.note(entry, Cause.AT_ALLOCATION, interchangeId, detail, at);
            }
            if (moves) {
                this.entries.note(entry, Cause.RESPONSIBILITY_CHANGED, interchangeId, detail, at);
            }
        }
        List<CheckRequests.Entry> checks = open.stream()
            .filter((entry) -> !CheckMessages.RISK_ESCALATION.equals(entry.checkType()))
            .toList();
        if (moves && !checks.isEmpty()) {
            return this.notices.responsibilityChanged(change.crn(), change.provider(), checks, interchangeId, at);
        }
        return List.of();
    }

    /**
     * Moves an unanswered entry past its due-by to OVERDUE; false if another node (or a
     * result) moved it first.
     */
    boolean overdue(CheckRequests.Entry entry, Instant at) {
        return this.entries.overdue(entry, at);
    }

}
