package uk.gov.justice.ppg.gateway.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.schemas.MessageBody;
import uk.gov.justice.ppg.schemas.SampleCorpus;
import uk.gov.justice.ppg.schemas.SchemaVersion;
import uk.gov.justice.ppg.schemas.SpgNamespaces;
import uk.gov.justice.ppg.schemas.validation.SchemaViolationException;
import uk.gov.justice.ppg.schemas.validation.SpgSchemas;
import uk.gov.justice.ppg.schemas.xml.Dom;

/**
 * Both directions of the mapping over every check sample: SPG to JSON to SPG gives the
 * same body, JSON to SPG to JSON the same JSON, and every interchange written is valid
 * 0-9-14.
 */
class CheckMappingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonBodies bodies = new JsonBodies();

    private final JsonToSpg toSpg = new JsonToSpg();

    private final SpgToJson toJson = new SpgToJson();

    static Stream<Arguments> checkSamples() {
        List<Arguments> samples = new ArrayList<>();
        for (SchemaVersion version : SchemaVersion.values()) {
            for (CheckBody check : CheckBody.values()) {
                samples.add(Arguments.of(version, check));
            }
        }
        return samples.stream();
    }

    @ParameterizedTest
    @MethodSource("checkSamples")
    void anSpgCheckBodyComesBackFromItsJsonUnchanged(SchemaVersion version, CheckBody check) throws Exception {
        Document original = Samples
            .read(SampleCorpus.root().relativize(SampleCorpus.valid(version, check.body())).toString());

        ObjectNode json = this.toJson.body(original).orElseThrow();
        this.bodies.validate(check, json);
        Document again = this.toSpg.interchange(check, json, envelopeOf(original));

        valid(again);
        assertThat(shape(body(again))).isEqualTo(shape(body(original)));
        assertThat(Samples.header(again, "SenderIdentity")).isEqualTo(Samples.header(original, "SenderIdentity"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "domestic-abuse-check-result.json", "safeguarding-check-result.json" })
    void aJsonResultComesBackFromItsInterchangeUnchanged(String sample) throws Exception {
        byte[] body = Files.readAllBytes(jsonSample(sample));
        JsonBodies.CheckResult result = this.bodies.checkResult(body);
        Document interchange = this.toSpg.interchange(result.check(), result.json(), envelope("PF01"));

        valid(interchange);
        assertThat(this.toJson.body(interchange)).contains((ObjectNode) JSON.readTree(body));
    }

    @ParameterizedTest
    @ValueSource(strings = { "PF01", "PF07" })
    void theAnsweringForceIsTheSenderNeverTheBody(String agency) throws Exception {
        JsonBodies.CheckResult result = this.bodies
            .checkResult(Files.readAllBytes(jsonSample("domestic-abuse-check-result.json")));
        Document interchange = this.toSpg.interchange(result.check(), result.json(), envelope(agency));

        assertThat(Dom.descendant(interchange.getDocumentElement(), SpgNamespaces.SPG, "Force"))
            .hasValueSatisfying((force) -> assertThat(force.getTextContent()).isEqualTo(agency));
        assertThat(Samples.header(interchange, "SenderIdentity")).isEqualTo(agency);
    }

    @ParameterizedTest
    @ValueSource(strings = { "minimal-domestic-abuse-check-result.json" })
    void optionalFieldsStayAbsentAndTheMessageTypeDefaultsToInsert(String sample) throws Exception {
        JsonBodies.CheckResult result = this.bodies.checkResult(Files.readAllBytes(jsonSample(sample)));
        Document interchange = this.toSpg.interchange(result.check(), result.json(), envelope("PF01"));

        valid(interchange);
        JsonNode back = this.toJson.body(interchange).orElseThrow();
        assertThat(back.get("messageType").asText()).isEqualTo("INS");
        ((ObjectNode) back).remove("messageType");
        assertThat(back).isEqualTo(result.json());
    }

    private static Envelope envelopeOf(Document sample) {
        return new Envelope(Samples.header(sample, "SenderIdentity"), Samples.header(sample, "ReceiverIdentity"),
                Samples.header(sample, "SenderControlReference"),
                LocalDateTime.of(LocalDate.parse(Samples.header(sample, "DateOfPreparation")),
                        LocalTime.parse(Samples.header(sample, "TimeOfPreparation"))),
                "Y".equals(Samples.header(sample, "TestIndicator")));
    }

    private static Envelope envelope(String agency) {
        return new Envelope(agency, "N00", "990000000001", LocalDateTime.of(2026, 12, 2, 9, 30, 15, 123_000_000),
                false);
    }

    private static Path jsonSample(String name) {
        return SampleCorpus.root().resolveSibling("json-samples").resolve(name);
    }

    private static void valid(Document interchange) throws SchemaViolationException {
        SpgSchemas.interchange(JsonToSpg.VERSION).validate(interchange.getDocumentElement());
    }

    private static Element body(Document interchange) {
        Element message = Dom.child(interchange.getDocumentElement(), SpgNamespaces.SPG, "SPGMessage").orElseThrow();
        Element body = Dom.children(message).get(1);
        assertThat(MessageBody.fromLocalName(body.getLocalName())).isPresent();
        return body;
    }

    /** Names, namespaces and texts, whitespace between elements and comments left out. */
    private static String shape(Element element) {
        StringBuilder shape = new StringBuilder(element.getNamespaceURI() + ":" + element.getLocalName() + "{");
        List<Element> children = Dom.children(element);
        if (children.isEmpty()) {
            shape.append('=').append(element.getTextContent());
        }
        for (Element child : children) {
            shape.append(shape(child));
        }
        return shape.append('}').toString();
    }

}
