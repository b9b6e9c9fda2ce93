package uk.gov.justice.ppg.gateway.agency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.gov.justice.ppg.gateway.audit.AuditEvent;
import uk.gov.justice.ppg.gateway.audit.AuditRecord;
import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.audit.Purpose;
import uk.gov.justice.ppg.gateway.checks.CheckHistory;
import uk.gov.justice.ppg.gateway.checks.CheckRequests;
import uk.gov.justice.ppg.gateway.checks.CheckState;
import uk.gov.justice.ppg.gateway.routing.CaseRegister;
import uk.gov.justice.ppg.gateway.routing.Responsibility;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;

/**
 * What the check ledger shows a caller (docs/check-ledger.md): a case's checks, with
 * their histories, to nDelius and to the CRC responsible for the case only; an
 * organisation's checks (what an agency owes, what was asked by the caller, the checks on
 * a CRC's cases), open, overdue or all, with their age. Every answer and every refusal is
 * audited as a disclosure (CHECK_LEDGER_QUERIED).
 */
final class CheckQueries {

    /**
     * The most checks one answer holds; a longer list is cut, oldest kept, and says so.
     */
    static final int LIMIT = 1000;

    /** nDelius's party code: it may ask about any case. */
    private static final String NDELIUS = "N00";

    private final CheckRequests requests;

    private final CheckHistory history;

    private final CaseRegister register;

    private final AuditTrail audit;

    private final Clock clock;

    CheckQueries(CheckRequests requests, CheckHistory history, CaseRegister register, AuditTrail audit, Clock clock) {
        this.requests = requests;
        this.history = history;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
    }

    /** Which entries a listing shows. */
    enum Filter {

        OPEN(List.copyOf(CheckState.OPEN)), OVERDUE(List.of(CheckState.OVERDUE)), ALL(List.of(CheckState.values()));

        private final List<CheckState> states;

        Filter(List<CheckState> states) {
            this.states = states;
        }

        static Filter of(String value) {
            try {
                return (value == null) ? OPEN : valueOf(value.toUpperCase(Locale.ROOT));
            }
            catch (IllegalArgumentException ex) {
                throw new GatewayException(GatewayErrorCode.QUERY_INVALID, "state is open, overdue or all");
            }
        }

    }

    /**
     * Every check on a case, each with its history; GW-096 if the caller does not hold
     * it.
     */
    List<ObjectNode> onCase(Callers.Caller caller, String crn) {
        if (crn == null || !crn.matches("[A-Z][0-9]{6}")) {
            throw new GatewayException(GatewayErrorCode.QUERY_INVALID, "crn is one letter and six digits");
        }
        Optional<String> holder = this.register.find(crn).map(Responsibility::provider);
        boolean nDelius = caller.partner().partyCodes().contains(NDELIUS);
        if (!nDelius && !holder.map(caller.partner().partyCodes()::contains).orElse(false)) {
            audited(caller, crn, AuditRecord.Outcome.DISCLOSURE_REFUSED,
                    GatewayErrorCode.CHECK_QUERY_NOT_PERMITTED.code(), "case not held by the caller");
            throw new GatewayException(GatewayErrorCode.CHECK_QUERY_NOT_PERMITTED, "the caller does not hold the case");
        }
        List<ObjectNode> checks = new ArrayList<>();
        Instant now = this.clock.instant();
        for (CheckRequests.Entry entry : this.requests.onCase(crn)) {
            ObjectNode json = json(entry, now);
            ArrayNode changes = json.putArray("history");
            for (CheckHistory.Change change : this.history.of(entry.agency(), entry.requestId())) {
                ObjectNode step = changes.addObject()
                    .put("at", change.at().toString())
                    .put("cause", change.cause().name())
                    .put("state", change.to().name());
                step.put("interchangeId", change.interchangeId());
                step.put("detail", change.detail());
            }
            checks.add(json);
        }
        audited(caller, crn, AuditRecord.Outcome.CONSULTED, "CASE", checks.size() + " checks");
        return checks;
    }

    /** The caller's organisation's checks in a filter, oldest first. */
    List<ObjectNode> ofOrganisation(Callers.Caller caller, Filter filter) {
        List<String> parties = List.copyOf(caller.partner().partyCodes());
        Instant now = this.clock.instant();
        List<ObjectNode> checks = this.requests.involving(parties, filter.states, LIMIT)
            .stream()
            .map((entry) -> json(entry, now))
            .toList();
        audited(caller, null, AuditRecord.Outcome.CONSULTED, filter.name(), checks.size() + " checks");
        return checks;
    }

    static ObjectNode json(CheckRequests.Entry entry, Instant now) {
        ObjectNode json = InboxItems.JSON.createObjectNode()
            .put("requestId", entry.requestId())
            .put("checkType", entry.checkType())
            .put("crn", entry.crn())
            .put("requester", entry.requester())
            .put("agency", entry.agency())
            .put("state", entry.state().name())
            .put("requestedAt", entry.requestedAt().toString())
            .put("dueBy", entry.dueBy().toString())
            .put("ageHours", Duration.between(entry.requestedAt(), now).toHours())
            .put("test", entry.test());
        json.put("responsibleOrganisation", entry.responsible());
        json.put("answerInterchangeId", entry.answerInterchangeId());
        json.put("outcome", entry.outcome());
        if (entry.state().open() && now.isAfter(entry.dueBy())) {
            json.put("overdueHours", Duration.between(entry.dueBy(), now).toHours());
        }
        return json;
    }

    private void audited(Callers.Caller caller, String crn, AuditRecord.Outcome outcome, String code, String detail) {
        this.audit.append(AuditRecord.builder(AuditEvent.CHECK_LEDGER_QUERIED, outcome)
            .parties(caller.partyCode(), null)
            .message("CheckLedger", crn, Purpose.CHECK_LEDGER)
            .reason(code, detail));
    }

}
