package uk.gov.justice.ppg.schemas.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.schemas.MessageBody;
import uk.gov.justice.ppg.schemas.SampleCorpus;
import uk.gov.justice.ppg.schemas.SchemaVersion;
import uk.gov.justice.ppg.schemas.validation.SpgSchemas;
import uk.gov.justice.ppg.schemas.xml.SecureXml;

/**
 * Every valid sample rewritten into the other version is valid there, unless a rule
 * refuses it.
 */
class VersionMediationTest {

    @Test
    void downgradesAnAllocationEventByDroppingTheAllocationDetail() throws Exception {
        Document event = read(SchemaVersion.V0_9_14, MessageBody.EVENT);
        VersionMediation.Outcome outcome = VersionMediation.rewrite(event.getDocumentElement(), SchemaVersion.V0_9_13);
        assertThat(outcome.refused()).isFalse();
        assertThat(outcome.dropped()).contains("Event/RoSHLevel", "Event/MAPPACategory", "Event/OutstandingCheck");
        assertThatCode(() -> SpgSchemas.interchange(SchemaVersion.V0_9_13).validate(event.getDocumentElement()))
            .doesNotThrowAnyException();
    }

    @Test
    void refusesToDowngradeACourtAppearanceWithBailConditionsOrARestrainingOrder() throws Exception {
        Document court = read(SchemaVersion.V0_9_14, MessageBody.COURT_APPEARANCE);
        VersionMediation.Outcome outcome = VersionMediation.rewrite(court.getDocumentElement(), SchemaVersion.V0_9_13);
        assertThat(outcome.refusedFor()).containsExactlyInAnyOrder("CourtAppearance/BailConditions",
                "CourtAppearance/RestrainingOrder");
        assertThat(outcome.dropped()).containsExactly("CourtAppearance/FirstAppointment");
    }

    @Test
    void refusesToDowngradeABodyThatOnly0914Carries() throws Exception {
        Document notice = read(SchemaVersion.V0_9_14, MessageBody.CHECK_LEDGER_NOTIFICATION);
        VersionMediation.Outcome outcome = VersionMediation.rewrite(notice.getDocumentElement(), SchemaVersion.V0_9_13);
        assertThat(outcome.refusedFor()).containsExactly("CheckLedgerNotification");
        assertThat(outcome.refused()).isTrue();
    }

    @Test
    void everyOtherBodyDowngradesAndUpgradesUnchangedButForItsVersion() throws Exception {
        for (MessageBody body : MessageBody.values()) {
            if (body == MessageBody.COURT_APPEARANCE || !body.carriedIn(SchemaVersion.V0_9_13)) {
                continue;
            }
            Document down = read(SchemaVersion.V0_9_14, body);
            VersionMediation.rewrite(down.getDocumentElement(), SchemaVersion.V0_9_13);
            assertThatCode(() -> SpgSchemas.interchange(SchemaVersion.V0_9_13).validate(down.getDocumentElement()))
                .as(body.localName())
                .doesNotThrowAnyException();
            Document up = read(SchemaVersion.V0_9_13, body);
            VersionMediation.Outcome outcome = VersionMediation.rewrite(up.getDocumentElement(), SchemaVersion.V0_9_14);
            assertThat(outcome.dropped()).isEmpty();
            assertThat(up.getDocumentElement().getAttribute("SchemaVersion")).isEqualTo("0-9-14");
            assertThatCode(() -> SpgSchemas.interchange(SchemaVersion.V0_9_14).validate(up.getDocumentElement()))
                .as(body.localName())
                .doesNotThrowAnyException();
        }
    }

    @Test
    void pointsTheSchemaLocationHintAtTheTargetVersion() throws Exception {
        String xsi = "http://www.w3.org/2001/XMLSchema-instance";
        Document contact = read(SchemaVersion.V0_9_14, MessageBody.CONTACT);
        assertThat(contact.getDocumentElement().getAttributeNS(xsi, "schemaLocation"))
            .endsWith("SPG-XML_Message_Root-V0-9-14.xsd");
        VersionMediation.rewrite(contact.getDocumentElement(), SchemaVersion.V0_9_13);
        assertThat(contact.getDocumentElement().getAttributeNS(xsi, "schemaLocation"))
            .isEqualTo("http://www.justice.gsi.gov.uk/SPG/ SPG-XML_Message_Root-V0-9-13.xsd");
        VersionMediation.rewrite(contact.getDocumentElement(), SchemaVersion.V0_9_14);
        assertThat(contact.getDocumentElement().getAttributeNS(xsi, "schemaLocation"))
            .isEqualTo("http://www.justice.gsi.gov.uk/SPG/ SPG-XML_Message_Root-V0-9-14.xsd");
        Document ping = read(SchemaVersion.V0_9_14, MessageBody.OFFLOC_REQUEST_2);
        VersionMediation.rewrite(ping.getDocumentElement(), SchemaVersion.V0_9_13);
        assertThat(ping.getDocumentElement().hasAttributeNS(xsi, "schemaLocation")).as("no hint added").isFalse();
    }

    private static Document read(SchemaVersion version, MessageBody body) throws Exception {
        return SecureXml.parse(Files.readAllBytes(SampleCorpus.valid(version, body)));
    }

}
