package uk.gov.justice.ppg.tools.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.certs.PkiLayout;
import uk.gov.justice.ppg.tls.MutualTls;

/**
 * The police force's side, over the agency API: a token from Keycloak asked for with its
 * certificate, its inbox, the acknowledgement of nDelius's check request, its answer
 * posted as JSON (and posted again with the same Idempotency-Key), where that answer is,
 * and the ISN that comes back to its inbox. Returns whether each step went as intended.
 */
final class AgencyStory {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI api;

    private final URI tokenEndpoint;

    private final HttpClient client;

    private String token;

    AgencyStory(URI api, URI tokenEndpoint, PkiLayout pki) {
        this.api = api;
        this.tokenEndpoint = tokenEndpoint;
        this.client = HttpClient.newBuilder()
            .sslContext(MutualTls.context(pki.load(pki.tlsKeyStore(ExampleParty.PF01)), pki.password(),
                    pki.load(pki.trustStore())))
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    }

    boolean run() throws IOException, InterruptedException {
        Demo.heading("7. the police force PF01 on the agency API: token, inbox, acknowledgement, answer as JSON,"
                + " the check ledger");
        HttpResponse<String> issued = send(HttpRequest.newBuilder(this.tokenEndpoint)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=PF01")));
        this.token = JSON.readTree(issued.body()).path("access_token").asText();
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(this.token.split("\\.")[1]));
        System.out.printf("  token from Keycloak for client %s, scopes [%s], bound to certificate %s...%n",
                claims.path("azp").asText(), claims.path("scope").asText(),
                claims.path("cnf").path("x5t#S256").asText().substring(0, 12));
        Optional<JsonNode> request = awaitInbox("DomesticAbuseCheckRequest", null);
        if (request.isEmpty()) {
            System.out.println("  no check request in the inbox: that is a bug");
            return false;
        }
        JsonNode item = request.get();
        JsonNode body = item.path("body");
        System.out.printf("  inbox: %s %s from %s about %s, due %s%n", item.path("type").asText(),
                body.path("requestId").asText(), item.path("from").asText(), item.path("crn").asText(),
                body.path("dueDate").asText());
        HttpResponse<String> ack = api("/api/v1/inbox/" + item.path("id").asText() + "/ack", "", null);
        System.out.printf("  acknowledged: HTTP %d (delivered now: nDelius gets its ISN)%n", ack.statusCode());
        ObjectNode result = JSON.createObjectNode()
            .put("checkType", "DOMESTIC_ABUSE")
            .put("crn", item.path("crn").asText())
            .put("requestId", body.path("requestId").asText())
            .put("responseDate", LocalDate.now().toString())
            .put("informationHeld", "NO");
        result.putObject("responder").put("name", "Domestic Abuse Unit");
        String key = UUID.randomUUID().toString();
        HttpResponse<String> posted = api("/api/v1/check-results", JSON.writeValueAsString(result), key);
        String location = posted.headers().firstValue("Location").orElse("");
        System.out.printf("  result posted: HTTP %d, Location %s%n", posted.statusCode(), location);
        HttpResponse<String> again = api("/api/v1/check-results", JSON.writeValueAsString(result), key);
        System.out.printf("  posted again with the same Idempotency-Key: HTTP %d, %s%n", again.statusCode(),
                JSON.readTree(again.body()).path("status").asText());
        result.put("informationHeld", "YES");
        HttpResponse<String> reused = api("/api/v1/check-results", JSON.writeValueAsString(result), key);
        System.out.printf("  the same key with another body: HTTP %d, %s%n", reused.statusCode(),
                JSON.readTree(reused.body()).path("code").asText());
        String reference = JSON.readTree(get(location).body()).path("controlReference").asText();
        Optional<JsonNode> isn = awaitInbox("InterchangeStatusNotification", reference);
        JsonNode status = JSON.readTree(get(location).body());
        System.out.printf("  where it is: %s%n", status.path("deliveries"));
        System.out.printf("  ISN in the inbox: %s%n", isn.map((found) -> found.path("body").toString()).orElse("none"));
        HttpResponse<String> ledger = get("/api/v1/checks?state=all");
        boolean answered = false;
        for (JsonNode check : JSON.readTree(ledger.body()).path("checks")) {
            System.out.printf("  check ledger: %s %s on %s, %s%n", check.path("checkType").asText(),
                    check.path("requestId").asText(), check.path("crn").asText(), check.path("state").asText());
            answered |= check.path("requestId").asText().equals(body.path("requestId").asText())
                    && "ANSWERED".equals(check.path("state").asText());
        }
        return answered && ack.statusCode() == 200 && posted.statusCode() == 202 && again.statusCode() == 202
                && reused.statusCode() == 422 && isn.isPresent();
    }

    private Optional<JsonNode> awaitInbox(String type, String answers) throws IOException, InterruptedException {
        for (int i = 0; i < 60; i++) {
            for (JsonNode item : JSON.readTree(get("/api/v1/inbox?limit=200").body()).path("items")) {
                boolean matches = item.path("type").asText().equals(type) && (answers == null
                        || answers.equals(item.path("body").path("answers").path("controlReference").asText()));
                if (matches) {
                    return Optional.of(item);
                }
            }
            Thread.sleep(500);
        }
        return Optional.empty();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(this.api.resolve(path)).header("Authorization", "Bearer " + this.token));
    }

    private HttpResponse<String> api(String path, String json, String key) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(this.api.resolve(path))
            .header("Authorization", "Bearer " + this.token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return this.client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

}
