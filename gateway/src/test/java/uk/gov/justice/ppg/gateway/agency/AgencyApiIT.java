package uk.gov.justice.ppg.gateway.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.certs.PkiLayout;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.KeycloakServer;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.gateway.support.TestPki;
import uk.gov.justice.ppg.schemas.MessageBody;
import uk.gov.justice.ppg.schemas.SampleCorpus;
import uk.gov.justice.ppg.schemas.SchemaVersion;
import uk.gov.justice.ppg.tls.MutualTls;
import uk.gov.justice.ppg.tools.client.SigningOptions;

/**
 * The agency channel's tokens against the real Keycloak: a police force reads where its
 * message is with a token bound to its certificate; every other token is refused with its
 * code, as a problem document.
 */
class AgencyApiIT extends GatewayIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final KeycloakServer KEYCLOAK = KeycloakServer.get();

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private String messageId;

    @DynamicPropertySource
    static void agencyIssuer(DynamicPropertyRegistry registry) {
        GatewayIT.ownStores(registry);
        registry.add("gateway.agency.issuer", KEYCLOAK::issuer);
    }

    @BeforeEach
    void aResultSentBySoap() throws Exception {
        Document result = Samples.fresh(SampleCorpus.root()
            .relativize(SampleCorpus.valid(SchemaVersion.V0_9_14, MessageBody.DOMESTIC_ABUSE_CHECK_RESULT))
            .toString());
        assertThat(client(ExampleParty.PF01).send(result, SigningOptions.strict()).accepted()).isTrue();
        this.messageId = this.jdbc.queryForObject(
                "SELECT id FROM interchange WHERE sender = 'PF01' AND sender_control_ref = ?", String.class,
                Samples.controlReference(result));
    }

    @Test
    void theSenderReadsWhereItsMessageIsWithATokenBoundToItsCertificate() throws Exception {
        String token = KEYCLOAK.token("PF01", ExampleParty.PF01).accessToken();

        HttpResponse<String> response = get(ExampleParty.PF01, "/api/v1/messages/" + this.messageId, token);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode status = JSON.readTree(response.body());
        assertThat(status.path("id").asText()).isEqualTo(this.messageId);
        assertThat(status.path("body").asText()).isEqualTo("DomesticAbuseCheckResult");
        assertThat(status.path("deliveries").findValuesAsText("receiver")).contains("N00");
    }

    @Test
    void refusesARequestWithoutATokenAndRecordsItOnce() throws Exception {
        long mark = this.audit.mark();
        problem(get(ExampleParty.PF01, "/api/v1/messages/" + this.messageId, null), 401, "GW-083");

        assertThat(this.audit.since(mark, "API_REQUEST_REFUSED")).singleElement().satisfies((record) -> {
            assertThat(record).containsEntry("reason_code", "GW-083");
            assertThat((String) record.get("tls_subject")).contains("CN=pf01.spg.example");
            assertThat((String) record.get("reason_detail")).contains("token client none");
        });
    }

    @Test
    void refusesATokenPresentedWithAnotherCertificateRecordingWhatItClaims() throws Exception {
        String stolen = KEYCLOAK.token("PF01", ExampleParty.PF01).accessToken();
        long mark = this.audit.mark();
        problem(get(ExampleParty.CS202, "/api/v1/messages/" + this.messageId, stolen), 401, "GW-083");

        assertThat(this.audit.since(mark, "API_REQUEST_REFUSED")).singleElement().satisfies((record) -> {
            assertThat((String) record.get("tls_subject")).contains("CN=cs202.spg.example");
            assertThat((String) record.get("reason_detail")).contains("token client PF01")
                .contains("claimed, not verified")
                .containsAnyOf("not bound", "Thumbprint");
        });
    }

    @Test
    void refusesATokenWhoseSignatureWasChangedOrThatIsUnsignedOrHmac() throws Exception {
        String token = KEYCLOAK.token("PF01", ExampleParty.PF01).accessToken();
        String[] parts = token.split("\\.");
        String path = "/api/v1/messages/" + this.messageId;
        String flipped = parts[0] + "." + parts[1] + "." + (parts[2].charAt(0) == 'A' ? "B" : "A")
                + parts[2].substring(1);
        problem(get(ExampleParty.PF01, path, flipped), 401, "GW-083");
        problem(get(ExampleParty.PF01, path, header("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + "."), 401,
                "GW-083");
        problem(get(ExampleParty.PF01, path,
                header("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + parts[1] + "." + parts[2]), 401, "GW-083");
    }

    @Test
    void anotherPartnersMessageIsNotFound() throws Exception {
        String token = KEYCLOAK.token("CS202", ExampleParty.CS202).accessToken();
        long mark = this.audit.mark();
        problem(get(ExampleParty.CS202, "/api/v1/messages/" + this.messageId, token), 404, "GW-086");
        assertThat(this.audit.since(mark, "API_REQUEST_REFUSED")).singleElement()
            .satisfies((record) -> assertThat((String) record.get("reason_detail")).contains("token client CS202")
                .doesNotContain("claimed"));
        problem(get(ExampleParty.CS202, "/api/v1/messages/no-such-message", token), 404, "GW-086");
    }

    @Test
    void tokensKeepVerifyingWhileKeycloakIsDownAndAnUnknownKeyFailsClosed() throws Exception {
        String token = KEYCLOAK.token("PF01", ExampleParty.PF01).accessToken();
        String path = "/api/v1/messages/" + this.messageId;
        assertThat(get(ExampleParty.PF01, path, token).statusCode()).isEqualTo(200);
        String[] parts = token.split("\\.");
        String unknownKey = header("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"not-a-key-of-the-realm\"}") + "."
                + parts[1] + "." + parts[2];

        KEYCLOAK.stop();
        try {
            assertThat(get(ExampleParty.PF01, path, token).statusCode()).as("keys cached from the JWKS").isEqualTo(200);
            problem(get(ExampleParty.PF01, path, unknownKey), 401, "GW-083");
        }
        finally {
            KEYCLOAK.start();
        }
    }

    /**
     * Every endpoint under /api/ is in the OpenAPI document, which itself needs a token.
     */
    @Test
    void theOpenApiDocumentDescribesEveryEndpoint() throws Exception {
        problem(get(ExampleParty.PF01, "/api/v1/openapi.json", null), 401, "GW-083");
        String token = KEYCLOAK.token("PF01", ExampleParty.PF01).accessToken();
        HttpResponse<String> response = get(ExampleParty.PF01, "/api/v1/openapi.json", token);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode document = JSON.readTree(response.body());
        assertThat(document.path("openapi").asText()).startsWith("3.1");
        List<String> served = this.mappings.getHandlerMethods()
            .keySet()
            .stream()
            .flatMap((mapping) -> mapping.getPatternValues().stream())
            .filter((pattern) -> pattern.startsWith("/api/") && !pattern.startsWith("/api/v1/openapi.json"))
            .toList();
        assertThat(served).isNotEmpty();
        for (String path : served) {
            assertThat(document.path("paths").has(path)).as("%s documented", path).isTrue();
        }
        assertThat(document.path("paths").path("/api/v1/messages/{id}").path("get").path("responses").has("404"))
            .isTrue();
    }

    @Test
    void aTokenWithoutTheActionsScopeIsForbidden() throws Exception {
        String token = KEYCLOAK.token("N00", ExampleParty.N00).accessToken();
        problem(get(ExampleParty.N00, "/api/v1/inbox", token), 403, "GW-084");
        problem(get(ExampleParty.N00, "/api/v2/anything", token), 403, "GW-084");
    }

    private static void problem(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
            .hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).path("code").asText()).isEqualTo(code);
    }

    private static String header(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(ExampleParty party, String path, String token) throws Exception {
        PkiLayout pki = TestPki.layout();
        HttpClient client = HttpClient.newBuilder()
            .sslContext(MutualTls.context(pki.load(pki.tlsKeyStore(party)), pki.password(), pki.load(pki.trustStore())))
            .connectTimeout(Duration.ofSeconds(10))
            .build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://localhost:" + this.port + path))
            .timeout(Duration.ofSeconds(30))
            .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
