package uk.gov.justice.ppg.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

import uk.gov.justice.ppg.schemas.SampleCorpus.Kind;
import uk.gov.justice.ppg.schemas.SampleCorpus.Sample;
import uk.gov.justice.ppg.schemas.envelope.EnvelopeRule;
import uk.gov.justice.ppg.schemas.envelope.EnvelopeRules;
import uk.gov.justice.ppg.schemas.envelope.EnvelopeViolationException;
import uk.gov.justice.ppg.schemas.envelope.InterchangeReader;
import uk.gov.justice.ppg.schemas.envelope.InterchangeView;
import uk.gov.justice.ppg.schemas.validation.SchemaViolationException;
import uk.gov.justice.ppg.schemas.validation.SpgSchemas;
import uk.gov.justice.ppg.schemas.xml.Dom;
import uk.gov.justice.ppg.schemas.xml.SecureXml;
import uk.gov.justice.ppg.schemas.xml.XmlGuard;
import uk.gov.justice.ppg.schemas.xml.XmlLimits;

/** Each sample does what its directory, file name and comment say. */
class SampleCorpusTest {

    private static final String ENVELOPE = "envelope-";

    /** Values a schema error must not echo: its message goes to the audit record. */
    private static final Map<String, String> UNECHOED = Map.of("xsd-crn-pattern", "12345", "xsd-bad-date", "2026-13-45",
            "xsd-nan-score", "NaN");

    /** The elements 0-9-14 adds at the end of Event and CourtAppearance. */
    private static final List<String> EXTENSIONS = List.of("RoSHLevel", "MAPPACategory", "MAPPALevel", "CASDecision",
            "NotKnown", "OutstandingCheck", "BailConditions", "RestrainingOrder", "FirstAppointment",
            "CheckLedgerNotification");

    /** How an xsd-* comment names its rule: {@code (XSD cvc-pattern-valid)}. */
    private static final Pattern DOCUMENTED_RULE = Pattern.compile("\\((?:XSD|validator) ([A-Za-z0-9.-]+)\\)");

    static Stream<Sample> samples() {
        return SampleCorpus.all().stream();
    }

    static Stream<Sample> validSamples() {
        return samples().filter((sample) -> sample.kind() == Kind.VALID);
    }

    static Stream<Sample> schemaInvalidSamples() {
        return samples().filter((sample) -> sample.kind() == Kind.INVALID && name(sample).startsWith("xsd-"));
    }

    static Stream<Sample> envelopeInvalidSamples() {
        return samples().filter((sample) -> sample.kind() == Kind.INVALID && name(sample).startsWith(ENVELOPE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleOpensWithADescriptiveComment(Sample sample) throws Exception {
        assertThat(Files.readString(sample.path())).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- ");
        assertThat(comment(sample.path()).contains("INVALID")).isEqualTo(sample.kind() == Kind.INVALID);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validSamples")
    void validSampleIsAccepted(Sample sample) throws Exception {
        byte[] document = Files.readAllBytes(sample.path());
        new XmlGuard(XmlLimits.DEFAULT).inspect(document);
        Element root = SecureXml.parse(document).getDocumentElement();
        SpgSchemas.interchange(sample.version()).validate(root);
        InterchangeView view = InterchangeReader.read(root);
        EnvelopeRules.check(view);
        String wireName = sample.version().wireName();
        assertThat(view.schemaVersion()).isEqualTo(wireName);
        assertThat(root.getAttribute("SchemaDate")).isEqualTo(sample.version().schemaDate());
        assertThat(view.messages()).allSatisfy((message) -> assertThat(message.versionNumber()).isEqualTo(wireName));
        assertThat(view.sender()).isEqualTo(headerText(root, "SenderIdentity"));
        assertThat(view.receiver()).isEqualTo(headerText(root, "ReceiverIdentity"));
        assertThat(List.of(view.sender(), view.receiver())).as("every sample travels to or from nDelius")
            .contains("N00");
        String body = SampleCorpus.fileName(view.primaryBody()).replace(".xml", "");
        assertThat(name(sample)).as("file named for its body").matches(body + "(-.+)?");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaInvalidSamples")
    void schemaInvalidSampleIsRefusedForItsRuleWithoutEchoingValues(Sample sample) throws Exception {
        Element root = parse(sample.path());
        Matcher documented = DOCUMENTED_RULE.matcher(comment(sample.path()));
        assertThat(documented.find()).as("comment names the rule broken").isTrue();
        var refusal = assertThatThrownBy(() -> SpgSchemas.interchange(sample.version()).validate(root))
            .isInstanceOf(SchemaViolationException.class)
            .hasFieldOrPropertyWithValue("rule", documented.group(1));
        String value = UNECHOED.get(name(sample));
        if (value != null) {
            refusal.message().doesNotContain(value);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("envelopeInvalidSamples")
    void envelopeInvalidSampleIsSchemaValidButBreaksItsRule(Sample sample) throws Exception {
        EnvelopeRule rule = rule(name(sample));
        Element root = parse(sample.path());
        assertThatCode(() -> SpgSchemas.interchange(sample.version()).validate(root)).doesNotThrowAnyException();
        assertThat(comment(sample.path())).contains("(envelope " + rule.name() + ")");
        InterchangeView view = InterchangeReader.read(root);
        assertThatThrownBy(() -> EnvelopeRules.check(view)).isInstanceOf(EnvelopeViolationException.class)
            .extracting((ex) -> ((EnvelopeViolationException) ex).rule())
            .isEqualTo(rule);
    }

    @ParameterizedTest
    @EnumSource(SchemaVersion.class)
    void everyBodyHasAValidSample(SchemaVersion version) {
        assertThat(fileNames(SampleCorpus.valid(version))).containsAll(Arrays.stream(MessageBody.values())
            .filter((body) -> body.carriedIn(version))
            .map(SampleCorpus::fileName)
            .toList());
    }

    @ParameterizedTest
    @EnumSource(SchemaVersion.class)
    void everyEnvelopeRuleHasAnInvalidSample(SchemaVersion version) {
        assertThat(fileNames(SampleCorpus.invalid(version))).containsAll(Arrays.stream(EnvelopeRule.values())
            .map((rule) -> ENVELOPE + rule.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".xml")
            .toList());
    }

    @ParameterizedTest
    @EnumSource(SchemaVersion.class)
    void everyInvalidSampleNamesWhatItBreaks(SchemaVersion version) {
        assertThat(fileNames(SampleCorpus.invalid(version))).isNotEmpty()
            .allSatisfy((name) -> assertThat(name).matches("(xsd|envelope)-[a-z0-9-]+\\.xml"))
            .filteredOn((name) -> name.startsWith(ENVELOPE))
            .allSatisfy((name) -> assertThatCode(() -> rule(name.replace(".xml", ""))).doesNotThrowAnyException());
    }

    @Test
    void indexListsEverySample() throws Exception {
        Path root = SampleCorpus.root();
        List<String> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                .map((file) -> root.relativize(file).toString().replace(File.separatorChar, '/'))
                .filter((file) -> !file.equals("index.txt"))
                .sorted()
                .toList();
        }
        assertThat(Files.readAllLines(root.resolve("index.txt")).stream().filter((line) -> !line.isBlank()))
            .containsExactlyElementsOf(files);
        assertThat(SampleCorpus.all().stream().map(Sample::relativePath)).containsExactlyElementsOf(files);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "0-9-13/invalid/xsd-allocation-detail-not-in-0-9-13.xml",
            "0-9-13/invalid/xsd-restraining-order-not-in-0-9-13.xml", "0-9-14/valid/event.xml",
            "0-9-14/valid/court-appearance.xml" })
    void only0914AcceptsItsExtensions(String sample) throws Exception {
        Element root = parse(SampleCorpus.root().resolve(sample));
        assertThatThrownBy(() -> SpgSchemas.interchange(SchemaVersion.V0_9_13).validate(root))
            .isInstanceOf(SchemaViolationException.class);
        assertThatCode(() -> SpgSchemas.interchange(SchemaVersion.V0_9_14).validate(root)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validSamples")
    void validSampleIsValidUnderEveryVersionUnlessItUses0914Extensions(Sample sample) throws Exception {
        Element root = parse(sample.path());
        boolean extended = EXTENSIONS.stream()
            .anyMatch((element) -> Dom.descendant(root, SpgNamespaces.SPG, element).isPresent());
        for (SchemaVersion version : SchemaVersion.values()) {
            if (extended && version == SchemaVersion.V0_9_13) {
                assertThatThrownBy(() -> SpgSchemas.interchange(version).validate(root))
                    .isInstanceOf(SchemaViolationException.class);
            }
            else {
                assertThatCode(() -> SpgSchemas.interchange(version).validate(root)).doesNotThrowAnyException();
            }
        }
    }

    private static Element parse(Path sample) throws Exception {
        return SecureXml.parse(Files.readAllBytes(sample)).getDocumentElement();
    }

    private static String comment(Path sample) throws Exception {
        String text = Files.readString(sample);
        return text.substring(text.indexOf("<!--"), text.indexOf("-->"));
    }

    private static String headerText(Element root, String name) {
        return Dom.descendant(root, SpgNamespaces.SPG, "SPGInterchangeHeader")
            .flatMap((header) -> Dom.childText(header, SpgNamespaces.SPG, name))
            .orElseThrow();
    }

    private static String name(Sample sample) {
        return SampleCorpus.baseName(sample.path());
    }

    private static EnvelopeRule rule(String name) {
        return EnvelopeRule.valueOf(name.substring(ENVELOPE.length()).toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static List<String> fileNames(List<Path> samples) {
        return samples.stream().map((sample) -> sample.getFileName().toString()).toList();
    }

}
