package uk.gov.justice.ppg.gateway.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.checks.CheckHistory;
import uk.gov.justice.ppg.gateway.support.DeliveryProbe;
import uk.gov.justice.ppg.gateway.support.PartnerStubs;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.schemas.SampleCorpus;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * A police force on the agency channel against the real Keycloak: nDelius's check request
 * reaches its inbox as JSON; its acknowledgement delivers it (audit, ISN to nDelius); its
 * result, posted as JSON with an Idempotency-Key, is accepted and delivered over SOAP to
 * nDelius and the case's CRC, and its ISN comes back to its inbox. Each refusal of a
 * posted result has its code, stores nothing and is audited once. An agency on the JSON
 * channel gets its items posted to it; an item never acknowledged expires.
 */
class AgencyInboxIT extends AgencyIT {

    private static final AtomicInteger CASES = new AtomicInteger();

    private static final Duration WITHIN = Duration.ofSeconds(20);

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private CheckHistory history;

    @Test
    void aCheckRequestIsReadAcknowledgedAndAnsweredOverTheJsonApi() throws Exception {
        String crn = crn();
        allocate(crn, "C21");
        String requestId = requestId("DA");
        long mark = this.audit.mark();
        Document request = checkRequest("domestic-abuse-check-request.xml", crn, requestId);
        String token = token(ExampleParty.PF01);

        JsonNode item = awaitItem(token, requestId);

        assertThat(item.path("type").asText()).isEqualTo("DomesticAbuseCheckRequest");
        assertThat(item.path("from").asText()).isEqualTo("N00");
        assertThat(item.path("crn").asText()).isEqualTo(crn);
        assertThat(item.path("body").path("requestedBy").asText()).isEqualTo("N00");
        assertThat(item.path("body").path("subject").isObject()).as(item.toString()).isTrue();
        assertThat(this.audit.since(mark, "INBOX_ENTERED")).singleElement()
            .satisfies((record) -> assertThat(record).containsEntry("receiver", "PF01")
                .containsEntry("delivery_id", item.path("id").asText()));
        assertThat(this.audit.since(mark, "DELIVERED")).filteredOn("message_type", "DomesticAbuseCheckRequest")
            .isEmpty();
        inbox(token);
        assertThat(this.audit.since(mark, "INBOX_READ")).as("read once, however often listed")
            .filteredOn("delivery_id", item.path("id").asText())
            .singleElement()
            .satisfies((record) -> assertThat((String) record.get("reason_detail")).contains("token client PF01"));

        String ack = "/api/v1/inbox/" + item.path("id").asText() + "/ack";
        HttpResponse<String> acknowledged = post(ExampleParty.PF01, ack, token, Map.of(), new byte[0]);
        assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(200);
        assertThat(this.audit.since(mark, "DELIVERED")).filteredOn("message_type", "DomesticAbuseCheckRequest")
            .singleElement()
            .satisfies((record) -> assertThat((String) record.get("reason_detail")).contains("token client PF01"));
        LoggedRequest isn = DeliveryProbe
            .awaitReceived(PARTNERS, "nps", "<ReceiverControlReference>" + Samples.controlReference(request), 1, WITHIN)
            .get(0);
        assertThat(isn.getBodyAsString()).contains("<StatusCode>202</StatusCode>");
        assertThat(JSON.readTree(post(ExampleParty.PF01, ack, token, Map.of(), new byte[0]).body())
            .path("before")
            .asBoolean()).isTrue();
        assertThat(this.audit.since(mark, "DELIVERED")).filteredOn("message_type", "DomesticAbuseCheckRequest")
            .hasSize(1);
        assertThat(listed(token, requestId)).isEmpty();

        byte[] result = result(crn, requestId, "YES");
        String key = UUID.randomUUID().toString();
        HttpResponse<String> posted = postResult(ExampleParty.PF01, token, key, result);

        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
        String id = JSON.readTree(posted.body()).path("id").asText();
        assertThat(posted.headers().firstValue("Location")).hasValue("/api/v1/messages/" + id);
        Map<String, Object> stored = this.jdbc.queryForMap("SELECT * FROM interchange WHERE id = ?", id);
        assertThat(stored).containsEntry("origin", "AGENCY").containsEntry("sender", "PF01");
        String reference = (String) stored.get("sender_control_ref");
        assertThat(reference).startsWith("9");
        assertThat(DeliveryProbe.awaitReceived(PARTNERS, "nps", requestId, 1, WITHIN).get(0).getBodyAsString())
            .contains("DomesticAbuseCheckResult")
            .contains(reference);
        assertThat(DeliveryProbe.awaitReceived(PARTNERS, "c21", requestId, 1, WITHIN).get(0).getBodyAsString())
            .contains("SchemaVersion=\"0-9-13\"")
            .contains(reference);
        assertThat(this.audit.since(mark, "INTERCHANGE_ACCEPTED")).filteredOn("interchange_id", id)
            .singleElement()
            .satisfies((record) -> assertThat((String) record.get("reason_detail")).contains("token client PF01"));
        JsonNode status = JSON.readTree(get(ExampleParty.PF01, "/api/v1/messages/" + id, token).body());
        assertThat(status.path("deliveries").findValuesAsText("receiver")).contains("N00", "C21");

        JsonNode notification = Awaitility.await()
            .atMost(WITHIN)
            .until(() -> inbox(token).stream()
                .filter((listed) -> listed.path("type").asText().equals("InterchangeStatusNotification"))
                .filter((listed) -> listed.path("body")
                    .path("answers")
                    .path("controlReference")
                    .asText()
                    .equals(reference))
                .findFirst(), Optional::isPresent)
            .get();
        assertThat(notification.path("body").path("status").asText()).isEqualTo("202");
        assertThat(notification.path("body").path("answers").path("message").asText())
            .isEqualTo("/api/v1/messages/" + id);

        HttpResponse<String> again = postResult(ExampleParty.PF01, token, key, result);
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(again.body()).path("id").asText()).isEqualTo(id);
        assertThat(JSON.readTree(again.body()).path("status").asText()).isEqualTo("DUPLICATE");
        assertThat(
                this.jdbc.queryForObject("SELECT COUNT(*) FROM delivery WHERE interchange_id = ?", Integer.class, id))
            .isEqualTo(2);
        assertThat(PARTNERS.received("nps", requestId)).hasSize(1);

        refused(ExampleParty.PF01, key, result(crn, requestId, "NO"), "application/json", 422, "GW-089");

        String requestInterchange = this.jdbc.queryForObject(
                "SELECT id FROM interchange WHERE sender = 'N00' AND sender_control_ref = ?", String.class,
                Samples.controlReference(request));
        assertThat(this.history.of("PF01", requestId))
            .extracting((change) -> change.cause() + "/" + change.interchangeId())
            .containsExactly("REQUESTED/" + requestInterchange, "DELIVERED/" + requestInterchange, "ANSWERED/" + id);
        refused(ExampleParty.PF01, key(), result(crn, requestId, "NO"), "application/json", 409, "GW-093");
        ObjectNode amendment = (ObjectNode) JSON.readTree(result(crn, requestId, "NO"));
        amendment.put("messageType", "UPD");
        HttpResponse<String> amended = postResult(ExampleParty.PF01, token, key(), JSON.writeValueAsBytes(amendment));
        assertThat(amended.statusCode()).as(amended.body()).isEqualTo(202);
        assertThat(this.history.of("PF01", requestId)).last()
            .satisfies((change) -> assertThat(change.cause()).isEqualTo(CheckHistory.Cause.AMENDED))
            .satisfies((change) -> assertThat(change.interchangeId())
                .isEqualTo(JSON.readTree(amended.body()).path("id").asText()));
    }

    @Test
    void everyRefusalOfAPostedResultHasItsCodeStoresNothingAndIsAuditedOnce() throws Exception {
        String crn = crn();
        allocate(crn, "C21");
        String requestId = requestId("DA");
        checkRequest("domestic-abuse-check-request.xml", crn, requestId);
        byte[] good = result(crn, requestId, "YES");

        refused(ExampleParty.PF01, key(), result(crn, requestId("DA"), "YES"), "application/json", 422, "GW-090");
        refused(ExampleParty.PF01, key(), result(crn(), requestId, "YES"), "application/json", 422, "GW-090");
        refused(ExampleParty.CS202, key(), good, "application/json", 403, "GW-091");
        refused(ExampleParty.PF01, key(), result(crn, requestId, "MAYBE"), "application/json", 400, "GW-082");
        ObjectNode unknown = (ObjectNode) JSON.readTree(good);
        unknown.put("favouriteColour", "blue");
        refused(ExampleParty.PF01, key(), JSON.writeValueAsBytes(unknown), "application/json", 400, "GW-082");
        refused(ExampleParty.PF01, key(),
                ("{\"summary\": \"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8), "application/json",
                400, "GW-081");
        refused(ExampleParty.PF01, key(), ("[".repeat(20) + "]".repeat(20)).getBytes(StandardCharsets.UTF_8),
                "application/json", 400, "GW-081");
        refused(ExampleParty.PF01, key(), "{\"crn\": ".getBytes(StandardCharsets.UTF_8), "application/json", 400,
                "GW-080");
        refused(ExampleParty.PF01, key(), good, "text/plain", 415, "GW-087");
        refused(ExampleParty.PF01, key(), good, "application/json; charset=ISO-8859-1", 415, "GW-087");
        refused(ExampleParty.PF01, null, good, "application/json", 400, "GW-088");
        refused(ExampleParty.PF01, "not a key!", good, "application/json", 400, "GW-088");

        assertThat(postResult(ExampleParty.PF01, token(ExampleParty.PF01), key(), good).statusCode()).isEqualTo(202);
    }

    @Test
    void itemsEnterTheInboxInTheirCasesOrder() throws Exception {
        String crn = crn();
        allocate(crn, "C21");
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sent.add(requestId("DA"));
            checkRequest("domestic-abuse-check-request.xml", crn, sent.get(i));
        }
        String token = token(ExampleParty.PF01);

        List<String> listed = Awaitility.await()
            .atMost(WITHIN)
            .until(() -> inbox(token).stream()
                .map((item) -> item.path("body").path("requestId").asText())
                .filter(sent::contains)
                .toList(), (ids) -> ids.size() == sent.size());

        assertThat(listed).containsExactlyElementsOf(sent);
        HttpResponse<String> page = get(ExampleParty.PF01, "/api/v1/inbox?limit=1", token);
        assertThat(JSON.readTree(page.body()).path("items")).hasSize(1);
        String next = JSON.readTree(page.body()).path("next").asText();
        JsonNode second = JSON.readTree(get(ExampleParty.PF01, "/api/v1/inbox?limit=1&after=" + next, token).body());
        assertThat(second.path("items").get(0).path("id").asText())
            .isNotEqualTo(JSON.readTree(page.body()).path("items").get(0).path("id").asText());
        problem(get(ExampleParty.PF01, "/api/v1/inbox?limit=0", token), 400, "GW-092");
        problem(get(ExampleParty.PF01, "/api/v1/inbox?after=x", token), 400, "GW-092");
    }

    @Test
    void anAgencyOnTheJsonChannelGetsEachItemPostedToItsEndpoint() throws Exception {
        String crn = crn();
        allocate(crn, "C21");
        String requestId = requestId("SG");
        Document request = checkRequest("safeguarding-check-request.xml", crn, requestId);

        LoggedRequest posted = DeliveryProbe.awaitReceived(PARTNERS, PartnerStubs.JSON_AGENCY, requestId, 1, WITHIN)
            .get(0);

        assertThat(posted.getHeader("Content-Type")).startsWith("application/json");
        JsonNode item = JSON.readTree(posted.getBodyAsString());
        assertThat(item.path("type").asText()).isEqualTo("SafeguardingCheckRequest");
        assertThat(item.path("body").path("requestId").asText()).isEqualTo(requestId);
        assertThat(this.deliveries.awaitFinal(Samples.controlReference(request), WITHIN)).singleElement()
            .satisfies((delivery) -> assertThat(delivery).containsEntry("state", "DELIVERED")
                .containsEntry("id", item.path("id").asText()));
    }

    @Test
    void anItemNeverAcknowledgedExpiresWithAFailureNotification() throws Exception {
        String crn = crn();
        allocate(crn, "C21");
        String requestId = requestId("DA");
        Document request = checkRequest("domestic-abuse-check-request.xml", crn, requestId);
        String token = token(ExampleParty.PF01);
        String itemId = awaitItem(token, requestId).path("id").asText();

        assertThat(this.deliveries.awaitFinal(Samples.controlReference(request), Duration.ofSeconds(40)))
            .singleElement()
            .satisfies((delivery) -> assertThat(delivery).containsEntry("state", "DEAD_LETTERED")
                .containsEntry("last_error", "GW-071"));
        assertThat(DeliveryProbe
            .awaitReceived(PARTNERS, "nps", "<ReceiverControlReference>" + Samples.controlReference(request), 1, WITHIN)
            .get(0)
            .getBodyAsString()).contains("GW-071");
        assertThat(listed(token, requestId)).isEmpty();
        problem(post(ExampleParty.PF01, "/api/v1/inbox/" + itemId + "/ack", token, Map.of(), new byte[0]), 410,
                "GW-071");
        problem(post(ExampleParty.PF01, "/api/v1/inbox/no-such-item/ack", token, Map.of(), new byte[0]), 404, "GW-086");
    }

    /**
     * Posts, then asserts the refusal: its status and code, no interchange and no key
     * stored, exactly one audit record (the refusal, with that code).
     */
    private void refused(ExampleParty party, String key, byte[] body, String contentType, int status, String code)
            throws Exception {
        // what the agency posted: the gateway's own ISNs and notices (some in its name)
        // come and go
        // meanwhile
        String count = "SELECT (SELECT COUNT(*) FROM interchange WHERE sender = ? AND origin = 'AGENCY') "
                + "+ (SELECT COUNT(*) FROM idempotency_key)";
        Integer before = this.jdbc.queryForObject(count, Integer.class, party.name());
        String token = token(party);
        long mark = this.audit.mark();
        Map<String, String> headers = (key == null) ? Map.of("Content-Type", contentType)
                : Map.of("Content-Type", contentType, CheckResultsController.IDEMPOTENCY_KEY, key);

        problem(post(party, "/api/v1/check-results", token, headers, body), status, code);

        assertThat(this.jdbc.queryForObject(count, Integer.class, party.name())).as("stored").isEqualTo(before);
        // deliveries in flight meanwhile (an earlier test's inbox item expiring) write
        // records of their own
        assertThat(this.audit.since(mark)).filteredOn((record) -> record.get("delivery_id") == null)
            .as("audit records")
            .singleElement()
            .satisfies((record) -> {
                assertThat(record).containsEntry("event", "API_REQUEST_REFUSED").containsEntry("reason_code", code);
                assertThat((String) record.get("reason_detail")).contains("token client " + party.name());
            });
    }

    private HttpResponse<String> postResult(ExampleParty party, String token, String key, byte[] body)
            throws Exception {
        return post(party, "/api/v1/check-results", token,
                Map.of("Content-Type", "application/json", CheckResultsController.IDEMPOTENCY_KEY, key), body);
    }

    private Document checkRequest(String sample, String crn, String requestId) throws Exception {
        Document request = Samples.fresh("0-9-14/valid/" + sample);
        Samples.setCrn(request, crn);
        Samples.setDescendantText(request, "RequestID", requestId);
        SpgResponse response = client(ExampleParty.N00).send(request, SigningOptions.strict());
        assertThat(response.accepted()).as(response.text()).isTrue();
        return request;
    }

    private static byte[] result(String crn, String requestId, String held) throws Exception {
        ObjectNode result = (ObjectNode) JSON.readTree(Files.readAllBytes(
                SampleCorpus.root().resolveSibling("json-samples").resolve("domestic-abuse-check-result.json")));
        result.put("crn", crn).put("requestId", requestId).put("informationHeld", held);
        return JSON.writeValueAsBytes(result);
    }

    private JsonNode awaitItem(String token, String requestId) {
        return Awaitility.await().atMost(WITHIN).until(() -> listed(token, requestId), Optional::isPresent).get();
    }

    private Optional<JsonNode> listed(String token, String requestId) throws Exception {
        return inbox(token).stream()
            .filter((item) -> item.path("body").path("requestId").asText().equals(requestId))
            .findFirst();
    }

    private List<JsonNode> inbox(String token) throws Exception {
        HttpResponse<String> response = get(ExampleParty.PF01, "/api/v1/inbox?limit=200", token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        JSON.readTree(response.body()).path("items").forEach(items::add);
        return items;
    }

    private static String crn() {
        return "E" + String.format("%06d", 100_000 + CASES.incrementAndGet());
    }

    private static String requestId(String type) {
        return type + "-IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

}
