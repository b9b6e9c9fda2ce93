package uk.gov.justice.ppg.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.support.DeliveryProbe;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.Received;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.schemas.MessageBody;
import uk.gov.justice.ppg.schemas.SampleCorpus;
import uk.gov.justice.ppg.schemas.SchemaVersion;
import uk.gov.justice.ppg.schemas.catalogue.SpgCatalogue;
import uk.gov.justice.ppg.schemas.validation.SpgSchemas;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * Every body SPG carried, through the running gateway: accepted and delivered in each
 * live version, mediated down where the receiver is pinned to 0-9-13 (SpgToolingIT sends
 * them as SPG's own tooling writes them).
 */
class SpgCatalogueIT extends GatewayIT {

    private static final Duration WITHIN = Duration.ofSeconds(20);

    private static final String C00_CASE = "D100001";

    private static final String C21_CASE = "D100002";

    static Stream<Arguments> bodiesInEachVersion() {
        return spgBodies()
            .flatMap((body) -> Stream.of(SchemaVersion.values()).map((version) -> Arguments.of(body, version)));
    }

    static Stream<String> spgBodies() {
        return SpgCatalogue.load().bodies().stream().map(SpgCatalogue.Body::name);
    }

    @BeforeEach
    void casesHeld() throws Exception {
        allocate(C00_CASE, "C00");
        allocate(C21_CASE, "C21");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("bodiesInEachVersion")
    void deliversEveryBodyInEachVersion(String name, SchemaVersion version) throws Exception {
        MessageBody body = MessageBody.fromLocalName(name).orElseThrow();
        Document interchange = Samples
            .fresh(SampleCorpus.root().relativize(SampleCorpus.valid(version, body)).toString());
        String sender = Samples.header(interchange, "SenderIdentity");
        if (version == SchemaVersion.V0_9_13 && "N00".equals(sender)) {
            // nDelius sends 0-9-14 only: its message reaches a 0-9-13 CRC mediated down
            interchange = Samples
                .fresh(SampleCorpus.root().relativize(SampleCorpus.valid(SchemaVersion.V0_9_14, body)).toString());
            Samples.setParty(interchange, "ReceiverIdentity", "C21");
            Samples.setCrn(interchange, C21_CASE);
        }
        String from = Samples.header(interchange, "SenderIdentity");
        String to = Samples.header(interchange, "ReceiverIdentity");
        String reference = Samples.controlReference(interchange);
        SpgResponse response = client(party(from)).send(interchange, SigningOptions.strict());
        assertThat(response.accepted()).as(response.text()).isTrue();

        String receivingPartner = partner(to);
        List<LoggedRequest> received = DeliveryProbe.awaitReceived(PARTNERS, receivingPartner, reference, 1, WITHIN);
        Received delivered = Received.of(received.get(0));
        SchemaVersion receiverVersion = ("C21".equals(to)) ? SchemaVersion.V0_9_13 : SchemaVersion.V0_9_14;
        assertThat(delivered.interchange().getAttribute("SchemaVersion")).isEqualTo(receiverVersion.wireName());
        SpgSchemas.interchange(receiverVersion).validate(delivered.interchange());
        assertThat(delivered.interchange().getElementsByTagNameNS("*", name).getLength()).isPositive();
        String hint = delivered.interchange()
            .getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation");
        if (!hint.isEmpty()) {
            assertThat(hint).as("the schemaLocation hint names the receiver's version")
                .endsWith("SPG-XML_Message_Root-V" + receiverVersion.wireName() + ".xsd");
        }
    }

    private static ExampleParty party(String code) {
        return switch (code) {
            case "N00" -> ExampleParty.N00;
            case "C00" -> ExampleParty.C00;
            case "C21" -> ExampleParty.C21;
            default -> throw new IllegalArgumentException(code);
        };
    }

    private static String partner(String code) {
        return switch (code) {
            case "N00" -> "nps";
            case "C00" -> "c00";
            case "C21" -> "c21";
            default -> throw new IllegalArgumentException(code);
        };
    }

}
