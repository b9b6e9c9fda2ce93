package uk.gov.justice.ppg.gateway.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.schemas.MessageBody;
import uk.gov.justice.ppg.schemas.SampleCorpus;
import uk.gov.justice.ppg.schemas.SchemaVersion;
import uk.gov.justice.ppg.tools.client.SigningOptions;

/**
 * The agency channel's tokens against the real Keycloak: a police force reads where its
 * message is with a token bound to its certificate; every other token is refused with its
 * code, as a problem document.
 */
class AgencyApiIT extends AgencyIT {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private String messageId;

    @BeforeEach
    void aResultSentBySoap() throws Exception {
        Document result = Samples.fresh(SampleCorpus.root()
            .relativize(SampleCorpus.valid(SchemaVersion.V0_9_14, MessageBody.DOMESTIC_ABUSE_CHECK_RESULT))
            .toString());
        requested(result);
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
    void refusesATokenSignedByAnotherKeyUnderTheRealmsKeyId() throws Exception {
        SignedJWT real = SignedJWT.parse(token(ExampleParty.PF01));
        String keyId = real.getHeader().getKeyID();
        SignedJWT forged = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).type(JOSEObjectType.JWT).build(),
                real.getJWTClaimsSet());
        forged.sign(new RSASSASigner(new RSAKeyGenerator(2048).keyID(keyId).generate()));

        refusedOnce(forged.serialize(), "signature");
    }

    @Test
    void refusesAnExpiredToken() throws Exception {
        String client = KEYCLOAK.clientPath("PF01");
        String token;
        try {
            assertThat(KEYCLOAK.admin("PUT", client, lifespan(client, "1")).statusCode()).isEqualTo(204);
            token = token(ExampleParty.PF01);
        }
        finally {
            KEYCLOAK.admin("PUT", client, lifespan(client, ""));
        }
        long expires = SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime().toInstant().getEpochSecond();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().getEpochSecond() > expires + 2);

        refusedOnce(token, "expired");
    }

    @Test
    void refusesATokenForAnotherAudience() throws Exception {
        String scopes = KEYCLOAK.clientPath("PF01") + "/default-client-scopes";
        String audience = StreamSupport
            .stream(JSON.readTree(KEYCLOAK.admin("GET", scopes, null).body()).spliterator(), false)
            .filter((scope) -> scope.path("name").asText().equals("gateway-audience"))
            .findFirst()
            .orElseThrow()
            .path("id")
            .asText();
        String token;
        try {
            assertThat(KEYCLOAK.admin("DELETE", scopes + "/" + audience, null).statusCode()).isEqualTo(204);
            token = token(ExampleParty.PF01);
        }
        finally {
            KEYCLOAK.admin("PUT", scopes + "/" + audience, null);
        }
        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getAudience()).doesNotContain("probation-partner-gateway");

        refusedOnce(token, "aud");
    }

    /** The token is refused with GW-083 and one audit record whose detail names why. */
    private void refusedOnce(String token, String why) throws Exception {
        long mark = this.audit.mark();
        problem(get(ExampleParty.PF01, "/api/v1/messages/" + this.messageId, token), 401, "GW-083");
        // deliveries in flight meanwhile (an inbox item expiring) write records of their
        // own
        assertThat(this.audit.since(mark)).filteredOn((record) -> record.get("delivery_id") == null)
            .singleElement()
            .satisfies((record) -> {
                assertThat(record).containsEntry("event", "API_REQUEST_REFUSED").containsEntry("reason_code", "GW-083");
                assertThat((String) record.get("reason_detail")).containsIgnoringCase(why);
            });
    }

    /**
     * The client's representation with its access-token lifespan set ("" for the
     * realm's).
     */
    private static ObjectNode lifespan(String client, String seconds) throws Exception {
        ObjectNode representation = (ObjectNode) JSON.readTree(KEYCLOAK.admin("GET", client, null).body());
        representation.withObject("/attributes").put("access.token.lifespan", seconds);
        return representation;
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

    private static String header(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

}
