package uk.gov.justice.ppg.gateway.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import uk.gov.justice.ppg.gateway.security.SignatureProfile;
import uk.gov.justice.ppg.schemas.MessageBody;
import uk.gov.justice.ppg.schemas.SchemaVersion;

class PartnerDirectoryLoaderTest {

    private static final String NPS = """
              - id: nps
                organisation: NPS
                party-codes: [N00]
                tls-subject: "CN=n00,O=NPS,C=GB"
                signing-subject: "CN=signing.n00,O=NPS,C=GB"
                schema-version: 0-9-14
                permits:
                  Event: [C21]
            """;

    private static final String C21 = """
              - id: c21
                organisation: CRC
                party-codes: [C21]
                tls-subject: "CN=c21,O=CRC,C=GB"
                signing-subject: "CN=signing.c21,O=CRC,C=GB"
                schema-version: 0-9-13
                signature-profile: spg-2018
                enabled: false
            """;

    @Test
    void loadsTheShippedDirectory() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("..", "config", "partners.yml"))) {
            PartnerDirectory directory = PartnerDirectoryLoader.load(in);
            assertThat(directory.byPartyCode("C17")).hasValueSatisfying((p) -> assertThat(p.id()).isEqualTo("mtc"));
            assertThat(directory.byId("c04").orElseThrow().signatureProfile()).isEqualTo(SignatureProfile.SPG_2018);
            assertThat(directory.byId("c05").orElseThrow().enabled()).isFalse();
            Partner police = directory.byId("pf01").orElseThrow();
            assertThat(police.channel()).isEqualTo(Channel.INBOX);
            assertThat(police.endpoint()).isEmpty();
            assertThat(police.receives()).isTrue();
            assertThat(directory.byId("nps").orElseThrow().channel()).isEqualTo(Channel.SOAP);
        }
    }

    @Test
    void readsEveryField() throws Exception {
        PartnerDirectory directory = load(NPS + C21);
        Partner nps = directory.byId("nps").orElseThrow();
        assertThat(nps.maySend(MessageBody.EVENT, "C21")).isTrue();
        assertThat(nps.maySend(MessageBody.EVENT, "C00")).isFalse();
        assertThat(nps.signatureProfile()).isEqualTo(SignatureProfile.STRICT);
        assertThat(nps.enabled()).isTrue();
        Partner crc = directory.byId("c21").orElseThrow();
        assertThat(crc.schemaVersion()).isEqualTo(SchemaVersion.V0_9_13);
        assertThat(crc.enabled()).isFalse();
    }

    @Test
    void refusesAnInconsistentDirectory() {
        assertRefused(NPS, "unknown receiver C21");
        assertRefused(NPS + C21.replace("party-codes: [C21]", "party-codes: [N00]"), "claimed twice");
        assertRefused(NPS + C21.replace("CN=signing.c21,O=CRC", "CN=signing.n00,O=NPS"), "signing subject shared");
        assertRefused(NPS.replace("Event:", "Gossip:") + C21, "unknown body");
        assertRefused(NPS.replace("0-9-14", "0-9-10") + C21, "unknown schema version");
        assertRefused(NPS + C21.replace("spg-2018", "none"), "unknown signature profile");
        assertRefused(NPS.replace("id: nps", "id: ../etc") + C21, "bad partner id");
        assertRefused(NPS + C21 + "    channel: mail\n", "unknown channel mail");
        assertRefused(NPS + C21 + "    channel: inbox\n    endpoint: \"https://c21.example/spg\"\n",
                "an inbox partner has no endpoint");
        assertRefused(NPS + C21 + "    channel: json\n", "a json partner needs an endpoint");
    }

    @Test
    void readsTheChannel() throws Exception {
        PartnerDirectory directory = load(
                NPS + C21 + "    channel: json\n    endpoint: \"https://c21.example/items\"\n");
        assertThat(directory.byId("c21").orElseThrow().channel()).isEqualTo(Channel.JSON);
        assertThat(directory.byId("nps").orElseThrow().receives()).isFalse();
    }

    private static void assertRefused(String partners, String problem) {
        assertThatThrownBy(() -> load(partners)).hasMessageContaining(problem);
    }

    private static PartnerDirectory load(String partners) throws Exception {
        return PartnerDirectoryLoader
            .load(new ByteArrayInputStream(("partners:\n" + partners).getBytes(StandardCharsets.UTF_8)));
    }

}
