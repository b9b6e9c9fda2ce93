package uk.gov.justice.ppg.gateway.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.checks.CheckHistory.Cause;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * The check ledger through the running gateway, over SOAP: each entry's states and
 * history as requests, deliveries, results and withdrawals arrive; the refusals; the
 * overdue sweep at an injected time, with its reminder and notices sent once; and the
 * agencies told when a case with open checks changes hands.
 */
class CheckLedgerIT extends GatewayIT {

    private static final Duration WITHIN = Duration.ofSeconds(20);

    private static final AtomicInteger CASES = new AtomicInteger();

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    private CheckRequests requests;

    @Autowired
    private CheckHistory history;

    @Autowired
    private OverdueChecks overdue;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aSafeguardingCheckIsRequestedDeliveredAndAnsweredWithEachStepInItsHistory() throws Exception {
        String crn = heldBy("C00");
        Document request = request("SG", crn, "CS202", 7);
        String requestId = requestId(request);
        String requestInterchange = send(ExampleParty.N00, request);
        awaitState("CS202", requestId, CheckState.DELIVERED);
        CheckRequests.Entry entry = this.requests.find("CS202", requestId).orElseThrow();
        assertThat(entry.crn()).isEqualTo(crn);
        assertThat(entry.requester()).isEqualTo("N00");
        assertThat(entry.responsible()).isEqualTo("C00");
        assertThat(entry.checkType()).isEqualTo("SAFEGUARDING");
        assertThat(entry.dueBy()).isEqualTo(LocalDate.now(UK).plusDays(8).atStartOfDay(UK).toInstant());

        String resultInterchange = send(ExampleParty.CS202, result(crn, requestId, "INS"));
        assertThat(this.requests.find("CS202", requestId).orElseThrow().state()).isEqualTo(CheckState.ANSWERED);
        assertThat(this.history.of("CS202", requestId))
            .extracting((change) -> change.cause() + "/" + change.to() + "/" + change.interchangeId())
            .containsExactly("REQUESTED/REQUESTED/" + requestInterchange, "DELIVERED/DELIVERED/" + requestInterchange,
                    "ANSWERED/ANSWERED/" + resultInterchange);
        assertThat(this.audit.since(this.auditMark, "CHECK_LEDGER_CHANGED")).extracting((row) -> row.get("reason_code"))
            .containsExactly("REQUESTED", "DELIVERED", "ANSWERED");
    }

    @Test
    void refusesAResultForNoRequestAndASecondAnswerButTakesAnAmendment() throws Exception {
        String crn = heldBy("C00");
        refused("GW-090", ExampleParty.CS202, result(crn, Samples.requestId("SG"), "INS"));
        Document request = request("SG", crn, "CS202", 7);
        String requestId = requestId(request);
        send(ExampleParty.N00, request);
        refused("GW-090", ExampleParty.CS202, result(heldBy("C00"), requestId, "INS"));
        Document reused = request("SG", heldBy("C00"), "CS202", 7);
        Samples.setDescendantText(reused, "RequestID", requestId);
        refused("GW-097", ExampleParty.N00, reused);
        send(ExampleParty.CS202, result(crn, requestId, "INS"));
        refused("GW-093", ExampleParty.CS202, result(crn, requestId, "INS"));
        refused("GW-095", ExampleParty.CS202, result(crn, requestId, "DEL"));
        String amendment = send(ExampleParty.CS202, result(crn, requestId, "UPD"));
        CheckRequests.Entry entry = this.requests.find("CS202", requestId).orElseThrow();
        assertThat(entry.state()).isEqualTo(CheckState.ANSWERED);
        assertThat(entry.answerInterchangeId()).isEqualTo(amendment);
        assertThat(this.history.of("CS202", requestId)).extracting(CheckHistory.Change::cause)
            .endsWith(Cause.ANSWERED, Cause.AMENDED);
    }

    @Test
    void aWithdrawnRequestIsCancelledAndTakesNoAnswer() throws Exception {
        String crn = heldBy("C00");
        Document request = request("SG", crn, "CS202", 7);
        String requestId = requestId(request);
        send(ExampleParty.N00, request);
        awaitState("CS202", requestId, CheckState.DELIVERED);
        send(ExampleParty.N00, again(request, "DEL"));
        assertThat(this.requests.find("CS202", requestId).orElseThrow().state()).isEqualTo(CheckState.CANCELLED);
        refused("GW-094", ExampleParty.CS202, result(crn, requestId, "INS"));
        refused("GW-094", ExampleParty.N00, again(request, "DEL"));
        assertThat(this.history.of("CS202", requestId)).extracting(CheckHistory.Change::cause)
            .containsExactly(Cause.REQUESTED, Cause.DELIVERED, Cause.CANCELLED);
    }

    @Test
    void anOverdueCheckIsRemindedAndNotifiedOnceAndCanStillBeAnswered() throws Exception {
        String crn = heldBy("C00");
        Document request = request("SG", crn, "CS202", 2);
        String requestId = requestId(request);
        send(ExampleParty.N00, request);
        awaitState("CS202", requestId, CheckState.DELIVERED);
        Instant later = Instant.now().plus(Duration.ofDays(5));
        assertThat(this.overdue.sweep(Instant.now())).as("not yet due").isZero();
        assertThat(this.overdue.sweep(later)).isEqualTo(1);
        assertThat(this.overdue.sweep(later.plusSeconds(60))).as("the next tick").isZero();
        assertThat(this.requests.find("CS202", requestId).orElseThrow().state()).isEqualTo(CheckState.OVERDUE);
        assertThat(notices(crn)).containsExactlyInAnyOrder("N00>CS202 OVERDUE_REMINDER", "CS202>N00 OVERDUE",
                "CS202>C00 OVERDUE");
        Awaitility.await()
            .atMost(WITHIN)
            .until(() -> PARTNERS.received("cs202", "OVERDUE_REMINDER")
                .stream()
                .anyMatch((posted) -> posted.getBodyAsString().contains(requestId)));
        send(ExampleParty.CS202, result(crn, requestId, "INS"));
        assertThat(this.history.of("CS202", requestId)).extracting(CheckHistory.Change::cause)
            .containsExactly(Cause.REQUESTED, Cause.DELIVERED, Cause.OVERDUE, Cause.ANSWERED);
    }

    @Test
    void aLaterDueDateTakesACheckOutOfOverdueAndTheSweepWaitsForIt() throws Exception {
        String crn = heldBy("C00");
        Document request = request("SG", crn, "CS202", 1);
        String requestId = requestId(request);
        send(ExampleParty.N00, request);
        awaitState("CS202", requestId, CheckState.DELIVERED);
        assertThat(this.overdue.sweep(Instant.now().plus(Duration.ofDays(3)))).isPositive();
        assertThat(this.requests.find("CS202", requestId).orElseThrow().state()).isEqualTo(CheckState.OVERDUE);

        Document later = again(request, "UPD");
        Samples.setDescendantText(later, "DueDate", LocalDate.now(UK).plusDays(10).toString());
        send(ExampleParty.N00, later);
        assertThat(this.requests.find("CS202", requestId).orElseThrow().state()).isEqualTo(CheckState.DELIVERED);
        assertThat(this.overdue.sweep(Instant.now().plus(Duration.ofDays(3)))).as("not due yet").isZero();
        assertThat(this.history.of("CS202", requestId)).extracting(CheckHistory.Change::cause)
            .containsExactly(Cause.REQUESTED, Cause.DELIVERED, Cause.OVERDUE, Cause.REQUEST_UPDATED);
    }

    @Test
    void aNoticeIsWithheldFromAReceiverPinnedTo0913() throws Exception {
        String crn = heldBy("C21");
        Document request = request("SG", crn, "CS202", 1);
        send(ExampleParty.N00, request);
        assertThat(this.overdue.sweep(Instant.now().plus(Duration.ofDays(3)))).isPositive();
        assertThat(notices(crn)).doesNotContain("CS202>C21 OVERDUE").contains("N00>CS202 OVERDUE_REMINDER");
        assertThat(this.audit.since(this.auditMark, "CHECK_NOTICE_ISSUED"))
            .filteredOn((row) -> "C21".equals(row.get("receiver")))
            .extracting((row) -> row.get("outcome") + "/" + row.get("reason_code"))
            .containsExactly("REJECTED/GW-051");
    }

    @Test
    void whenTheCaseMovesOnlyAgenciesWithOpenChecksAreToldAndLaterResultsReachTheNewOwner() throws Exception {
        String crn = heldBy("C21");
        Document open = request("SG", crn, "CS202", 7);
        send(ExampleParty.N00, open);
        Document answered = request("DA", crn, "PF01", 7);
        send(ExampleParty.N00, answered);
        Document daResult = Samples.fresh("0-9-14/valid/domestic-abuse-check-result.xml");
        Samples.setCrn(daResult, crn);
        Samples.setDescendantText(daResult, "RequestID", requestId(answered));
        send(ExampleParty.PF01, daResult);

        allocate(crn, "C21");
        assertThat(this.history.of("CS202", requestId(open))).extracting(CheckHistory.Change::cause)
            .as("an allocation while the check is open, recorded against it")
            .contains(Cause.AT_ALLOCATION);
        assertThat(notices(crn)).as("the same organisation: no one is told").isEmpty();
        allocate(crn, "C00");
        assertThat(notices(crn)).containsExactly("N00>CS202 RESPONSIBILITY_CHANGED");
        assertThat(this.history.of("CS202", requestId(open))).extracting(CheckHistory.Change::cause)
            .contains(Cause.RESPONSIBILITY_CHANGED);
        assertThat(this.requests.find("CS202", requestId(open)).orElseThrow().responsible()).isEqualTo("C00");

        Document result = result(crn, requestId(open), "INS");
        send(ExampleParty.CS202, result);
        assertThat(this.deliveries.awaitFinal(Samples.controlReference(result), WITHIN))
            .extracting((row) -> row.get("receiver") + "/" + row.get("reason"))
            .containsExactlyInAnyOrder("N00/ADDRESSED", "C00/RESPONSIBLE_PROVIDER", "C21/GRACE_WINDOW");
    }

    @Test
    void aRiskEscalationIsOpenedAndClosedByTheResponseAsAcceptedOrRefused() throws Exception {
        String crn = heldBy("C00");
        Document accepted = escalation(crn, "RISK_ESCALATION");
        String acceptedId = transferId(accepted);
        String requestInterchange = send(ExampleParty.C00, accepted);
        awaitState("N00", acceptedId, CheckState.DELIVERED);
        CheckRequests.Entry entry = this.requests.find("N00", acceptedId).orElseThrow();
        assertThat(entry.checkType()).isEqualTo("RISK_ESCALATION");
        assertThat(entry.requester()).isEqualTo("C00");
        assertThat(entry.interchangeId()).isEqualTo(requestInterchange);
        String response = send(ExampleParty.N00, response(crn, acceptedId, "AC"));
        entry = this.requests.find("N00", acceptedId).orElseThrow();
        assertThat(entry.state()).isEqualTo(CheckState.ANSWERED);
        assertThat(entry.outcome()).isEqualTo("ACCEPTED");
        assertThat(entry.answerInterchangeId()).isEqualTo(response);

        Document refused = escalation(crn, "RISK_ESCALATION");
        send(ExampleParty.C00, refused);
        send(ExampleParty.N00, response(crn, transferId(refused), "TR"));
        assertThat(this.requests.find("N00", transferId(refused)).orElseThrow().outcome()).isEqualTo("REFUSED");
        assertThat(this.history.of("N00", transferId(refused))).extracting(CheckHistory.Change::cause)
            .endsWith(Cause.ESCALATION_REFUSED);
    }

    @Test
    void aRiskEscalationIsWithdrawnOrGoesOverdueAndAnOrdinaryTransferIsNotTheLedgers() throws Exception {
        String crn = heldBy("C00");
        Document withdrawn = escalation(crn, "RISK_ESCALATION");
        send(ExampleParty.C00, withdrawn);
        send(ExampleParty.C00, again(withdrawn, "DEL"));
        assertThat(this.requests.find("N00", transferId(withdrawn)).orElseThrow().state())
            .isEqualTo(CheckState.CANCELLED);

        Document late = escalation(crn, "RISK_ESCALATION");
        send(ExampleParty.C00, late);
        assertThat(this.overdue.sweep(Instant.now().plus(Duration.ofDays(4)))).isPositive();
        assertThat(this.requests.find("N00", transferId(late)).orElseThrow().state()).isEqualTo(CheckState.OVERDUE);
        assertThat(notices(crn)).contains("C00>N00 OVERDUE_REMINDER", "N00>C00 OVERDUE");

        Document ordinary = escalation(crn, "CAPACITY");
        send(ExampleParty.C00, ordinary);
        assertThat(this.requests.find("N00", transferId(ordinary))).isEmpty();
    }

    /**
     * A transfer request from C00 with every part's reason {@code reason}, under a fresh
     * TransferID.
     */
    private static Document escalation(String crn, String reason) {
        Document request = Samples.fresh("0-9-14/valid/consolidated-transfer-request.xml");
        Samples.setCrn(request, crn);
        setAll(request, "TransferID", String.valueOf(Math.abs(System.nanoTime() % 1_000_000_000_000L) + 1));
        for (String part : List.of("OMTransferReason", "OSTransferReason")) {
            setAll(request, part, reason);
        }
        return request;
    }

    /** nDelius's response to a transfer, every part with status {@code status}. */
    private static Document response(String crn, String transferId, String status) {
        Document response = Samples.fresh("0-9-14/valid/consolidated-transfer-response.xml");
        Samples.setCrn(response, crn);
        setAll(response, "TransferID", transferId);
        setAll(response, "RQTransferStatus", status);
        if (!"TR".equals(status)) {
            var reasons = response.getElementsByTagNameNS("*", "RQTransferRejectedReason");
            while (reasons.getLength() > 0) {
                reasons.item(0).getParentNode().removeChild(reasons.item(0));
            }
        }
        return response;
    }

    private static void setAll(Document interchange, String localName, String value) {
        var elements = interchange.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < elements.getLength(); i++) {
            elements.item(i).setTextContent(value);
        }
    }

    private static String transferId(Document transfer) {
        return transfer.getElementsByTagNameNS("*", "TransferID").item(0).getTextContent();
    }

    /**
     * Sends, then asserts the refusal: the fault's code, the interchange not stored, and
     * its rejection audited with that code.
     */
    private void refused(String code, ExampleParty party, Document interchange) throws Exception {
        long mark = this.audit.mark();
        SpgResponse response = client(party).send(interchange, SigningOptions.strict());
        assertThat(response.errorCode()).as(response.text()).contains(code);
        assertThat(this.jdbc.queryForObject(
                "SELECT COUNT(*) FROM interchange WHERE sender = ? AND sender_control_ref = ?", Integer.class,
                Samples.header(interchange, "SenderIdentity"), Samples.controlReference(interchange)))
            .isZero();
        assertThat(this.audit.since(mark, "INTERCHANGE_REJECTED")).extracting((row) -> row.get("reason_code"))
            .containsExactly(code);
    }

    private List<String> notices(String crn) {
        return this.jdbc
            .queryForList("SELECT sender, receiver, id FROM interchange WHERE body_type = 'CheckLedgerNotification' "
                    + "AND crn = ? ORDER BY id", crn)
            .stream()
            .map((row) -> row.get("sender") + ">" + row.get("receiver") + " " + notice(row))
            .toList();
    }

    private String notice(Map<String, Object> row) {
        return this.audit.since(0, "CHECK_NOTICE_ISSUED")
            .stream()
            .filter((record) -> row.get("id").equals(record.get("interchange_id")))
            .map((record) -> String.valueOf(record.get("reason_code")))
            .findFirst()
            .orElse("?");
    }

    private void awaitState(String agency, String requestId, CheckState state) {
        Awaitility.await()
            .atMost(WITHIN)
            .until(() -> this.requests.find(agency, requestId).map(CheckRequests.Entry::state).orElse(null) == state);
    }

    private String send(ExampleParty party, Document interchange) throws Exception {
        SpgResponse response = client(party).send(interchange, SigningOptions.strict());
        assertThat(response.accepted()).as(response.text()).isTrue();
        return this.jdbc.queryForObject("SELECT id FROM interchange WHERE sender = ? AND sender_control_ref = ?",
                String.class, Samples.header(interchange, "SenderIdentity"), Samples.controlReference(interchange));
    }

    private String heldBy(String crc) throws Exception {
        String crn = "W" + String.format("%06d", 100_000 + CASES.incrementAndGet());
        allocate(crn, crc);
        return crn;
    }

    /** A request from N00 to {@code agency}, due in {@code days}. */
    private static Document request(String type, String crn, String agency, int days) {
        Document request = Samples
            .fresh("0-9-14/valid/" + ("DA".equals(type) ? "domestic-abuse" : "safeguarding") + "-check-request.xml");
        Samples.setParty(request, "ReceiverIdentity", agency);
        Samples.setCrn(request, crn);
        Samples.setDescendantText(request, "RequestID", Samples.requestId(type));
        Samples.setDescendantText(request, "DueDate", LocalDate.now(UK).plusDays(days).toString());
        return request;
    }

    /** The same request again under a new control reference, as {@code messageType}. */
    private static Document again(Document request, String messageType) {
        Document copy = (Document) request.cloneNode(true);
        Samples.setControlReference(copy, Samples.controlReference(Samples.fresh("0-9-14/valid/contact.xml")));
        Samples.setDescendantText(copy, "MessageType", messageType);
        return copy;
    }

    private static Document result(String crn, String requestId, String messageType) {
        Document result = Samples.fresh("0-9-14/valid/safeguarding-check-result.xml");
        Samples.setCrn(result, crn);
        Samples.setDescendantText(result, "RequestID", requestId);
        Samples.setDescendantText(result, "MessageType", messageType);
        return result;
    }

    private static String requestId(Document request) {
        return request.getElementsByTagNameNS("*", "RequestID").item(0).getTextContent();
    }

}
