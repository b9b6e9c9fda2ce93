package uk.gov.justice.ppg.gateway.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;
import uk.gov.justice.ppg.schemas.SampleCorpus;

/** Every way a JSON body is refused, each with its code, none repeating a value. */
class JsonBodiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonBodies bodies = new JsonBodies();

    @Test
    void acceptsTheSamples() throws Exception {
        for (String sample : new String[] { "domestic-abuse-check-result.json", "safeguarding-check-result.json",
                "minimal-domestic-abuse-check-result.json" }) {
            JsonBodies.CheckResult result = this.bodies.checkResult(sample(sample));
            assertThat(result.check().isResult()).isTrue();
        }
    }

    @Test
    void refusesWhatIsNotOneJsonObject() {
        refused("{\"checkType\": ", GatewayErrorCode.JSON_MALFORMED, "not well-formed");
        refused("[1, 2]", GatewayErrorCode.JSON_MALFORMED, "not a JSON object");
        refused("{} {}", GatewayErrorCode.JSON_MALFORMED, "not well-formed");
        refused("", GatewayErrorCode.JSON_MALFORMED, "not a JSON object");
        refused("{\"crn\": \"D100001\", \"crn\": \"D100002\"}", GatewayErrorCode.JSON_MALFORMED, "not well-formed");
    }

    @Test
    void refusesPastEachLimitWhileReading() {
        refused("[".repeat(9) + "]".repeat(9), GatewayErrorCode.JSON_LIMIT_EXCEEDED, "nested deeper than 8");
        refused("{\"summary\": \"" + "x".repeat(JsonBodies.MAX_STRING + 1) + "\"}",
                GatewayErrorCode.JSON_LIMIT_EXCEEDED, "a string longer than");
        refused("{\"" + "n".repeat(JsonBodies.MAX_NAME + 1) + "\": 1}", GatewayErrorCode.JSON_LIMIT_EXCEEDED,
                "a property name longer than");
        refused("{\"callOutCount\": 123456789012345}", GatewayErrorCode.JSON_LIMIT_EXCEEDED, "a number longer than");
        refused("{\"pad\": \"" + "x".repeat(3000) + "\"" + ", \"p\": 1".repeat(JsonBodies.MAX_BYTES / 8) + "}",
                GatewayErrorCode.JSON_LIMIT_EXCEEDED, "body over");
    }

    @Test
    void refusesWhatBreaksTheSchemaNamingThePlaceNotTheValue() throws Exception {
        ObjectNode result = (ObjectNode) JSON.readTree(sample("domestic-abuse-check-result.json"));

        result.put("crn", "Z12-SECRET");
        schemaRefused(result, "/crn: pattern", "SECRET");

        result = (ObjectNode) JSON.readTree(sample("domestic-abuse-check-result.json"));
        result.put("colour", "blue");
        schemaRefused(result, "/: additionalProperties (colour)", "blue");

        result = (ObjectNode) JSON.readTree(sample("domestic-abuse-check-result.json"));
        result.remove("responder");
        schemaRefused(result, "/: required (responder)", null);

        result = (ObjectNode) JSON.readTree(sample("domestic-abuse-check-result.json"));
        result.put("force", "PF02");
        schemaRefused(result, "additionalProperties (force)", "PF02");

        result = (ObjectNode) JSON.readTree(sample("domestic-abuse-check-result.json"));
        result.put("checkType", "SAFEGUARDING");
        schemaRefused(result, "additionalProperties (callOutCount)", null);

        result = (ObjectNode) JSON.readTree(sample("domestic-abuse-check-result.json"));
        result.put("checkType", "PROBATION");
        schemaRefused(result, "/checkType: one of", "PROBATION");

        result = (ObjectNode) JSON.readTree(sample("domestic-abuse-check-result.json"));
        result.withObject("/responder").put("email", "not-an-address");
        schemaRefused(result, "/responder/email: pattern", "not-an-address");
    }

    @Test
    void aDateThatDoesNotExistIsRefusedByTheXsdOfItsSpgForm() throws Exception {
        ObjectNode result = (ObjectNode) JSON.readTree(sample("domestic-abuse-check-result.json"));
        result.put("responseDate", "2026-02-30");
        byte[] bytes = JSON.writeValueAsBytes(result);
        CheckResultIntake intake = new CheckResultIntake(this.bodies);
        Envelope envelope = new Envelope("PF01", "N00", "990000000002", LocalDateTime.of(2026, 12, 2, 10, 0), false);

        assertThatThrownBy(() -> intake.interchange(intake.read(bytes), envelope))
            .isInstanceOfSatisfying(GatewayException.class, (ex) -> {
                assertThat(ex.code()).isEqualTo(GatewayErrorCode.JSON_SCHEMA_INVALID);
                assertThat(ex.detail()).contains("DomesticAbuseCheckResult breaks the XSD")
                    .doesNotContain("2026-02-30");
            });
        result.put("responseDate", "2026-02-28");
        assertThat(intake.interchange(intake.read(JSON.writeValueAsBytes(result)), envelope)
            .getDocumentElement()
            .getLocalName()).isEqualTo("SPGInterchange");
    }

    private void schemaRefused(ObjectNode body, String expected, String secret) throws Exception {
        byte[] bytes = JSON.writeValueAsBytes(body);
        assertThatThrownBy(() -> this.bodies.checkResult(bytes)).isInstanceOfSatisfying(GatewayException.class,
                (ex) -> {
                    assertThat(ex.code()).isEqualTo(GatewayErrorCode.JSON_SCHEMA_INVALID);
                    assertThat(ex.detail()).contains(expected);
                    if (secret != null) {
                        assertThat(ex.detail()).doesNotContain(secret);
                    }
                });
    }

    private void refused(String body, GatewayErrorCode code, String detail) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> this.bodies.checkResult(bytes)).isInstanceOfSatisfying(GatewayException.class,
                (ex) -> {
                    assertThat(ex.code()).isEqualTo(code);
                    assertThat(ex.detail()).contains(detail);
                });
    }

    private static byte[] sample(String name) throws Exception {
        return Files.readAllBytes(SampleCorpus.root().resolveSibling("json-samples").resolve(name));
    }

}
