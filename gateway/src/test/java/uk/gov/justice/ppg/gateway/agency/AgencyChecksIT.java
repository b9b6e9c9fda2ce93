package uk.gov.justice.ppg.gateway.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.checks.OverdueChecks;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * The check ledger's queries over the agency channel, with real Keycloak tokens: a CRC
 * sees the checks on the cases it holds and is refused (and audited) on another CRC's; an
 * agency sees only what it owes; nDelius exports a case's checks as CSV; the overdue list
 * shows a check once its due-by passed.
 */
class AgencyChecksIT extends AgencyIT {

    private static final AtomicInteger CASES = new AtomicInteger();

    @Autowired
    private OverdueChecks overdue;

    @Test
    void aCrcSeesTheChecksOnItsOwnCasesAndIsRefusedAnotherCrcs() throws Exception {
        String own = heldBy("C21");
        String other = heldBy("C00");
        String ownCheck = request("DA", own, "PF01");
        String otherCheck = request("DA", other, "PF01");
        String token = token(ExampleParty.C21);

        JsonNode onCase = ok(get(ExampleParty.C21, "/api/v1/checks?crn=" + own, token));
        assertThat(onCase.path("checks").findValuesAsText("requestId")).containsExactly(ownCheck);
        assertThat(onCase.path("checks").get(0).path("history").findValuesAsText("cause")).startsWith("REQUESTED");
        assertThat(onCase.path("checks").get(0).path("responsibleOrganisation").asText()).isEqualTo("C21");

        long mark = this.audit.mark();
        problem(get(ExampleParty.C21, "/api/v1/checks?crn=" + other, token), 403, "GW-096");
        assertThat(this.audit.since(mark, "CHECK_LEDGER_QUERIED")).singleElement()
            .satisfies((record) -> assertThat(record).containsEntry("outcome", "DISCLOSURE_REFUSED")
                .containsEntry("crn", other)
                .containsEntry("sender", "C21"));

        List<String> mine = ok(get(ExampleParty.C21, "/api/v1/checks?state=all", token)).path("checks")
            .findValuesAsText("requestId");
        assertThat(mine).contains(ownCheck).doesNotContain(otherCheck);
    }

    @Test
    void aCrcSeesItsRiskEscalationInTheSameQueries() throws Exception {
        String crn = heldBy("C21");
        Document escalation = Samples.fresh("0-9-13/valid/consolidated-transfer-request.xml");
        Samples.setCrn(escalation, crn);
        String transferId = String.valueOf(System.nanoTime() % 1_000_000_000_000L + 1);
        for (String name : List.of("TransferID", "OMTransferReason", "OSTransferReason")) {
            var elements = escalation.getElementsByTagNameNS("*", name);
            for (int i = 0; i < elements.getLength(); i++) {
                elements.item(i).setTextContent(name.equals("TransferID") ? transferId : "RISK_ESCALATION");
            }
        }
        SpgResponse response = client(ExampleParty.C21).send(escalation, SigningOptions.strict());
        assertThat(response.accepted()).as(response.text()).isTrue();

        JsonNode checks = ok(get(ExampleParty.C21, "/api/v1/checks?crn=" + crn, token(ExampleParty.C21)))
            .path("checks");
        assertThat(checks).singleElement().satisfies((check) -> {
            assertThat(check.path("checkType").asText()).isEqualTo("RISK_ESCALATION");
            assertThat(check.path("requestId").asText()).isEqualTo(transferId);
            assertThat(check.path("agency").asText()).isEqualTo("N00");
            assertThat(check.path("requester").asText()).isEqualTo("C21");
            assertThat(check.has("ageHours")).isTrue();
        });
        assertThat(ok(get(ExampleParty.N00, "/api/v1/checks", token(ExampleParty.N00))).path("checks")
            .findValuesAsText("requestId")).as("what nDelius owes").contains(transferId);
    }

    @Test
    void anAgencySeesOnlyWhatItOwes() throws Exception {
        String crn = heldBy("C21");
        String police = request("DA", crn, "PF01");
        String council = request("SG", crn, "CS202");

        JsonNode owed = ok(get(ExampleParty.PF01, "/api/v1/checks", token(ExampleParty.PF01)));
        assertThat(owed.path("checks").findValuesAsText("agency")).isNotEmpty().containsOnly("PF01");
        assertThat(owed.path("checks").findValuesAsText("requestId")).contains(police).doesNotContain(council);
        problem(get(ExampleParty.PF01, "/api/v1/checks?crn=" + crn, token(ExampleParty.PF01)), 403, "GW-096");
        problem(get(ExampleParty.PF01, "/api/v1/checks?state=later", token(ExampleParty.PF01)), 400, "GW-092");
    }

    @Test
    void nDeliusExportsACasesChecksAsCsvAndSeesThemOverdue() throws Exception {
        String crn = heldBy("C21");
        String check = request("DA", crn, "PF01");
        String token = token(ExampleParty.N00);

        HttpResponse<String> csv = get(ExampleParty.N00, "/api/v1/checks?crn=" + crn + "&format=csv", token);
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
            .hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("requestId,checkType,crn,requester,agency,state");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith(check + ",DOMESTIC_ABUSE," + crn + ",N00,PF01,REQUESTED");

        assertThat(ok(get(ExampleParty.N00, "/api/v1/checks?state=overdue", token)).path("checks")
            .findValuesAsText("requestId")).doesNotContain(check);
        this.overdue.sweep(Instant.now().plus(Duration.ofDays(10)));
        JsonNode late = ok(get(ExampleParty.N00, "/api/v1/checks?state=overdue", token));
        assertThat(late.path("checks").findValuesAsText("requestId")).contains(check);
    }

    private static JsonNode ok(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private String heldBy(String crc) throws Exception {
        String crn = "V" + String.format("%06d", 100_000 + CASES.incrementAndGet());
        allocate(crn, crc);
        return crn;
    }

    /**
     * N00 asks {@code agency} for a check on the case, due in three days; its RequestID.
     */
    private String request(String type, String crn, String agency) throws Exception {
        Document request = Samples
            .fresh("0-9-14/valid/" + ("DA".equals(type) ? "domestic-abuse" : "safeguarding") + "-check-request.xml");
        Samples.setParty(request, "ReceiverIdentity", agency);
        Samples.setCrn(request, crn);
        String requestId = Samples.requestId(type);
        Samples.setDescendantText(request, "RequestID", requestId);
        Samples.setDescendantText(request, "DueDate", LocalDate.now().plusDays(3).toString());
        SpgResponse response = client(ExampleParty.N00).send(request, SigningOptions.strict());
        assertThat(response.accepted()).as(response.text()).isTrue();
        return requestId;
    }

}
