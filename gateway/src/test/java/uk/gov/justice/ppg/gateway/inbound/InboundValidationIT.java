package uk.gov.justice.ppg.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.schemas.SampleCorpus;
import uk.gov.justice.ppg.schemas.SchemaVersion;
import uk.gov.justice.ppg.tools.client.PartnerClient;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * The whole sample corpus through the running gateway, correctly signed so that only
 * validation can stop it: every invalid sample is refused with its code, every valid one
 * is accepted from a sender pinned to its version.
 */
class InboundValidationIT extends GatewayIT {

    /**
     * A sender pinned to each version, to sign invalid samples with. Of the corpus
     * senders, only these two and C00 (0-9-14) send in their sample's version; the 0-9-13
     * samples from N00, PF01 and CS202 are the forms the gateway renders for 0-9-13
     * receivers, and their senders are refused sending them.
     */
    private static final Map<SchemaVersion, ExampleParty> PINNED = Map.of(SchemaVersion.V0_9_14, ExampleParty.N00,
            SchemaVersion.V0_9_13, ExampleParty.C21);

    private static final Map<String, ExampleParty> SENDERS = Map.of("N00", ExampleParty.N00, "C00", ExampleParty.C00,
            "C21", ExampleParty.C21, "PF01", ExampleParty.PF01, "CS202", ExampleParty.CS202);

    static Stream<Path> invalidSamples() {
        return Stream.of(SchemaVersion.values()).flatMap((version) -> SampleCorpus.invalid(version).stream());
    }

    static Stream<Path> validSamples() {
        return Stream.of(SchemaVersion.values()).flatMap((version) -> SampleCorpus.valid(version).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSamples")
    void refusesEveryInvalidSampleWithItsCode(Path sample) throws Exception {
        SchemaVersion version = SchemaVersion.fromWire(sample.getParent().getParent().getFileName().toString())
            .orElseThrow();
        String name = sample.getFileName().toString();
        String code = name.startsWith("envelope-") ? "GW-044"
                : name.equals("xsd-wrong-namespace.xml") ? "GW-040" : "GW-043";
        PartnerClient sender = client(PINNED.get(version));
        assertRefused(code, () -> sender.send(sample, SigningOptions.strict()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validSamples")
    void acceptsEveryValidSampleFromASenderPinnedToItsVersion(Path sample) throws Exception {
        allocate("D100001", "C00");
        allocate("D100002", "C21");

        SchemaVersion version = SchemaVersion.fromWire(sample.getParent().getParent().getFileName().toString())
            .orElseThrow();
        Document interchange = Samples.fresh(SampleCorpus.root().relativize(sample).toString());
        String sender = interchange.getDocumentElement()
            .getElementsByTagNameNS("*", "SenderIdentity")
            .item(0)
            .getTextContent();
        PartnerClient client = client(SENDERS.get(sender));
        if (!"C21".equals(sender) && version == SchemaVersion.V0_9_13) {
            assertRefused("GW-042", () -> client.send(interchange, SigningOptions.strict()));
            return;
        }
        if (carries(interchange, "CheckLedgerNotification")) {
            // written by the gateway only: no partner is permitted to send it
            assertRefused("GW-034", () -> client.send(interchange, SigningOptions.strict()));
            return;
        }
        if (carries(interchange, "DomesticAbuseCheckResult") || carries(interchange, "SafeguardingCheckResult")) {
            requested(interchange);
        }
        SpgResponse response = client.send(interchange, SigningOptions.strict());
        assertThat(response.accepted()).as(response.text()).isTrue();
    }

    private static boolean carries(Document interchange, String body) {
        return interchange.getElementsByTagNameNS("*", body).getLength() > 0;
    }

    @Test
    void refusesASchemaVersionThatIsNotLive() throws Exception {
        Document event = Samples.fresh("0-9-14/valid/event.xml");
        event.getDocumentElement().setAttribute("SchemaVersion", "0-9-10");
        assertRefused("GW-041", () -> client(ExampleParty.N00).send(event, SigningOptions.strict()));
    }

    @Test
    void refusesAVersionOtherThanTheOneThePartnerIsPinnedTo() throws Exception {
        Document contact = Samples.fresh("0-9-14/valid/contact.xml");
        Samples.setParty(contact, "SenderIdentity", "C21");
        assertRefused("GW-042", () -> client(ExampleParty.C21).send(contact, SigningOptions.strict()));
    }

    @Test
    void refusesAMessageTypeThePartnerMayNotSend() throws Exception {
        Document request = Samples.fresh("0-9-14/valid/domestic-abuse-check-request.xml");
        Samples.setParty(request, "SenderIdentity", "C00");
        Samples.setParty(request, "ReceiverIdentity", "N00");
        assertRefused("GW-034", () -> client(ExampleParty.C00).send(request, SigningOptions.strict()));
    }

    @Test
    void refusesAReceiverThePartnerMayNotSendTo() throws Exception {
        Document event = Samples.fresh("0-9-14/valid/event.xml");
        Samples.setParty(event, "ReceiverIdentity", "PF01");
        assertRefused("GW-035", () -> client(ExampleParty.N00).send(event, SigningOptions.strict()));
    }

}
