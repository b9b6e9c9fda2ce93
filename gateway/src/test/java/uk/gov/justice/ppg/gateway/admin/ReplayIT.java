package uk.gov.justice.ppg.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.agency.AgencyIT;
import uk.gov.justice.ppg.gateway.support.AdminClient;
import uk.gov.justice.ppg.gateway.support.DeliveryProbe;
import uk.gov.justice.ppg.gateway.support.Received;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.tools.client.SigningOptions;

/**
 * Replaying dead letters through the admin API: only a dead letter, never to a receiver
 * that has the interchange, with a reason, audited with who replayed it; the replay goes
 * at the end of its case's queue, and its delivery tells the sender, correlated to the
 * interchange that had failed.
 */
class ReplayIT extends AgencyIT {

    private static final Duration WITHIN = Duration.ofSeconds(40);

    @Autowired
    private AdminPort adminPort;

    @Autowired
    private JdbcTemplate jdbc;

    private AdminClient admin;

    private String operator;

    @BeforeEach
    void operator() {
        this.admin = new AdminClient(this.adminPort.localPort());
        this.operator = KEYCLOAK.scriptToken("ops-operator").accessToken();
    }

    @AfterEach
    void linkBack() {
        MTC_LINK.restore();
    }

    @Test
    void aReplayedDeadLetterIsDeliveredAndTheSenderToldItArrivedAfterAll() throws Exception {
        String crn = crn();
        String reference = deadLetterToMtc(crn);
        String deadLetter = deliveryOf(reference);
        Received failed = Received.of(isnsFor(reference, 1).get(0));
        assertThat(failed.text("StatusCode")).isEqualTo("504");

        assertProblem(replay(deadLetter, "{}"), 400, "GW-092");
        long mark = this.audit.mark();
        HttpResponse<String> replayed = replay(deadLetter, "{\"reason\":\"mtc fixed its certificate, INC-7\"}");
        assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
        String replay = JSON.readTree(replayed.body()).path("replay").asText();

        assertThat(this.deliveries.awaitFinal(reference, WITHIN)).extracting((row) -> row.get("state"))
            .containsExactlyInAnyOrder("DEAD_LETTERED", "DELIVERED");
        assertThat(PARTNERS.received("mtc", reference)).hasSize(1);
        Received delivered = Received.of(isnsFor(reference, 2).get(1));
        assertThat(delivered.text("StatusCode")).as("delivered").isEqualTo("202");
        assertThat(this.audit.since(mark, "DELIVERY_REPLAYED")).singleElement().satisfies((record) -> {
            assertThat(record).containsEntry("delivery_id", replay)
                .containsEntry("actor_client", "ops-operator")
                .containsEntry("partner_id", "mtc");
            assertThat((String) record.get("reason_detail"))
                .isEqualTo("replays dead letter " + deadLetter + ": mtc fixed its certificate, INC-7");
        });
        JsonNode tracked = JSON
            .readTree(this.admin.get("/admin/api/v1/messages/" + interchangeOf(reference), this.operator).body());
        assertThat(tracked.path("deliveries").findValuesAsText("replayOf")).contains(deadLetter);

        assertProblem(replay(deadLetter, "{\"reason\":\"once more\"}"), 409, "GW-076");
        assertProblem(replay(replay, "{\"reason\":\"not a dead letter\"}"), 409, "GW-075");
        assertProblem(replay("no-such-delivery", "{\"reason\":\"nothing\"}"), 404, "GW-086");
        assertThat(this.audit.since(mark, "ADMIN_API_REFUSED")).extracting((record) -> record.get("reason_code"))
            .containsExactly("GW-076", "GW-075");
    }

    @Test
    void aReplayGoesAtTheEndOfItsCasesQueue() throws Exception {
        String crn = crn();
        String first = deadLetterToMtc(crn);
        MTC_LINK.cut();
        String second = send(crn);
        HttpResponse<String> replayed = replay(deliveryOf(first), "{\"reason\":\"order test\"}");
        assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
        MTC_LINK.restore();

        this.deliveries.awaitFinal(second, WITHIN);
        Awaitility.await().atMost(WITHIN).until(() -> PARTNERS.received("mtc", first).size() == 1);
        List<String> order = PARTNERS.received("mtc")
            .stream()
            .map((request) -> request.getBodyAsString())
            .map((body) -> body.contains(first) ? first : body.contains(second) ? second : null)
            .filter((reference) -> reference != null)
            .toList();
        assertThat(order).containsExactly(second, first);
    }

    @Test
    void aFilteredReplayTakesOnlyThePartnersDeadLettersAndListsWhatItRefused() throws Exception {
        String reference = deadLetterToMtc(crn());
        String deadLetter = deliveryOf(reference);
        String since = this.jdbc
            .queryForObject("SELECT completed_at FROM delivery WHERE id = ?", OffsetDateTime.class, deadLetter)
            .toInstant()
            .toString();
        HttpResponse<String> answer = this.admin.send("POST", "/admin/api/v1/dead-letters/replay", this.operator,
                "{\"partner\":\"mtc\",\"from\":\"" + since + "\",\"reason\":\"mtc back\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode outcome = JSON.readTree(answer.body());
        assertThat(outcome.path("replayed").findValuesAsText("deadLetter")).contains(deadLetter);
        this.deliveries.awaitFinal(reference, WITHIN);

        JsonNode again = JSON.readTree(
                this.admin
                    .send("POST", "/admin/api/v1/dead-letters/replay", this.operator,
                            "{\"partner\":\"mtc\",\"from\":\"" + since + "\",\"reason\":\"mtc back\"}")
                    .body());
        assertThat(again.path("replayed").findValuesAsText("deadLetter")).doesNotContain(deadLetter);
        assertThat(again.path("refused")).anySatisfy((refused) -> {
            assertThat(refused.path("deadLetter").asText()).isEqualTo(deadLetter);
            assertThat(refused.path("code").asText()).isEqualTo("GW-076");
        });
    }

    private String send(String crn) throws Exception {
        Document event = Samples.allocation(crn, "C16");
        assertThat(client(ExampleParty.N00).send(event, SigningOptions.strict()).accepted()).isTrue();
        return Samples.controlReference(event);
    }

    private List<LoggedRequest> isnsFor(String reference, int count) {
        return DeliveryProbe.awaitReceived(PARTNERS, "nps",
                "<ReceiverControlReference>" + reference + "</ReceiverControlReference>", count, WITHIN);
    }

    private HttpResponse<String> replay(String deliveryId, String body) throws Exception {
        return this.admin.send("POST", "/admin/api/v1/dead-letters/" + deliveryId + "/replay", this.operator, body);
    }

    private String deliveryOf(String reference) {
        return (String) this.deliveries.of(reference)
            .stream()
            .filter((row) -> "DEAD_LETTERED".equals(row.get("state")))
            .map((Map<String, Object> row) -> row.get("id"))
            .findFirst()
            .orElseThrow();
    }

    private String interchangeOf(String reference) {
        return this.jdbc.queryForObject(
                "SELECT id FROM interchange WHERE origin = 'PARTNER' AND sender_control_ref = ?", String.class,
                reference);
    }

    private static String crn() {
        return "R" + (100000 + ThreadLocalRandom.current().nextInt(900000));
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(JSON.readTree(response.body()).path("code").asText()).isEqualTo(code);
    }

}
