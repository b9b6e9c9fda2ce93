package uk.gov.justice.ppg.gateway.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMAcceptorFactory;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.support.DeliveryProbe;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.Received;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.schemas.SchemaVersion;
import uk.gov.justice.ppg.schemas.catalogue.SpgTooling;
import uk.gov.justice.ppg.schemas.validation.SpgSchemas;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * Routing and delivery end to end: what each receiver gets, in which version, signed by
 * whom, and the status notification that goes back to the sender.
 */
class DeliveryIT extends GatewayIT {

    private static final Duration WITHIN = Duration.ofSeconds(15);

    @Autowired
    private EmbeddedActiveMQ broker;

    /**
     * The broker advisories against Artemis 2.44.0 are attacks on its network acceptors
     * (docs/dependencies.md). The embedded default has none: only the in-VM acceptor.
     */
    @Test
    void theEmbeddedBrokerListensOnNoNetworkPort() {
        assertThat(this.broker.getActiveMQServer().getConfiguration().getAcceptorConfigurations()).isNotEmpty()
            .allSatisfy((acceptor) -> assertThat(acceptor.getFactoryClassName())
                .isEqualTo(InVMAcceptorFactory.class.getName()));
    }

    @Test
    void deliversSignedByTheGatewayAndTellsTheSender() throws Exception {
        Document event = Samples.fresh("0-9-14/valid/event.xml");
        String reference = Samples.controlReference(event);
        send(ExampleParty.N00, event);
        List<LoggedRequest> atCrc = DeliveryProbe.awaitReceived(PARTNERS, "c00", reference, 1, WITHIN);
        Received delivered = Received.of(atCrc.get(0));
        assertThat(delivered.verifiedSigner()).startsWith("CN=signing.gateway.spg.example");
        assertThat(delivered.header("SenderIdentity")).isEqualTo("N00");
        assertThat(delivered.header("SenderControlReference")).isEqualTo(reference);
        assertThat(this.deliveries.awaitFinal(reference, WITHIN)).singleElement()
            .satisfies((row) -> assertThat(row).containsEntry("state", "DELIVERED").containsEntry("attempts", 1));
        Received isn = Received.of(
                DeliveryProbe
                    .awaitReceived(PARTNERS, "nps",
                            "<ReceiverControlReference>" + reference + "</ReceiverControlReference>", 1, WITHIN)
                    .get(0));
        assertThat(isn.verifiedSigner()).startsWith("CN=signing.gateway.spg.example");
        assertThat(isn.header("SenderIdentity")).isEqualTo("C00");
        assertThat(isn.header("ReceiverIdentity")).isEqualTo("N00");
        assertThat(isn.text("MessageType")).isEqualTo("RSP");
        assertThat(isn.text("StatusCode")).isEqualTo("202");
        assertThat(isn.trailer("ReceiverControlReference")).isEqualTo(reference);
        assertThat(this.audit.since(this.auditMark, "DELIVERED"))
            .anySatisfy((record) -> assertThat(record).containsEntry("sender_control_ref", reference)
                .containsEntry("receiver", "C00")
                .containsEntry("certificate_subject", "CN=c00.spg.example,OU=C00,O=Stub CRC (example),C=GB"));
    }

    @Test
    void refusesAMessageAboutACaseTheReceiverIsNotResponsibleForAsARefusedDisclosure() throws Exception {
        allocate("Q000001", "C21");
        Document details = Samples.fresh("0-9-14/valid/offender-details.xml");
        Samples.setCrn(details, "Q000001");
        assertRefused("GW-050", () -> client(ExampleParty.N00).send(details, SigningOptions.strict()));
        assertThat(this.audit.inboundSince(this.auditMark)).filteredOn("reason_code", "GW-050")
            .singleElement()
            .satisfies((record) -> assertThat(record).containsEntry("outcome", "DISCLOSURE_REFUSED")
                .containsEntry("purpose", "CASE_MANAGEMENT")
                .containsEntry("crn", "Q000001")
                .containsEntry("claimed", null));
    }

    @Test
    void refusesAnythingButAnAllocationAboutACaseTheRegisterDoesNotKnow() throws Exception {
        Document details = Samples.fresh("0-9-14/valid/offender-details.xml");
        Samples.setCrn(details, "Q000002");
        assertRefused("GW-053", () -> client(ExampleParty.N00).send(details, SigningOptions.strict()));
        Document contact = Samples.fresh("0-9-14/valid/contact.xml");
        Samples.setCrn(contact, "Q000002");
        assertRefused("GW-053", () -> client(ExampleParty.C00).send(contact, SigningOptions.strict()));
        allocate("Q000002", "C00");
        Document again = Samples.fresh("0-9-14/valid/contact.xml");
        Samples.setCrn(again, "Q000002");
        send(ExampleParty.C00, again);
    }

    @Test
    void sendsACheckResultToNpsAndToTheCrcResponsibleForTheCase() throws Exception {
        allocate("F100001", "C00");
        Document result = Samples.fresh("0-9-14/valid/domestic-abuse-check-result.xml");
        Samples.setDescendantText(result, "CaseReferenceNumber", "F100001");
        requested(result);
        String reference = Samples.controlReference(result);
        send(ExampleParty.PF01, result);
        assertThat(this.deliveries.awaitFinal(reference, WITHIN))
            .extracting((row) -> row.get("receiver") + "/" + row.get("reason") + "/" + row.get("state"))
            .containsExactlyInAnyOrder("N00/ADDRESSED/DELIVERED", "C00/RESPONSIBLE_PROVIDER/DELIVERED");
        Received copy = Received.of(PARTNERS.received("c00", reference).get(0));
        assertThat(copy.header("ReceiverIdentity")).isEqualTo("C00");
        assertThat(copy.trailer("ReceiverIdentity")).isEqualTo("C00");
        assertThat(copy.header("SenderIdentity")).isEqualTo("PF01");
        assertThat(Received.of(PARTNERS.received("nps", reference).get(0)).header("ReceiverIdentity")).isEqualTo("N00");
    }

    @Test
    void deliversInTheReceiversOlderVersionDroppingWhatItCannotCarry() throws Exception {
        Document event = Samples.fresh("0-9-14/valid/event.xml");
        Samples.setDescendantText(event, "CaseReferenceNumber", "M100001");
        Samples.setDescendantText(event, "AllocatedProvider", "C21");
        readdress(event, "C21");
        String reference = Samples.controlReference(event);
        send(ExampleParty.N00, event);
        Received delivered = Received.of(DeliveryProbe.awaitReceived(PARTNERS, "c21", reference, 1, WITHIN).get(0));
        assertThat(delivered.interchange().getAttribute("SchemaVersion")).isEqualTo("0-9-13");
        assertThat(delivered.text("MessageVersionNumber")).isEqualTo("0-9-13");
        assertThat(delivered.has("RoSHLevel")).isFalse();
        assertThat(delivered.has("OutstandingCheck")).isFalse();
        assertThat(delivered.text("AllocatedProvider")).isEqualTo("C21");
        SpgSchemas.interchange(SchemaVersion.V0_9_13).validate(delivered.interchange());
        assertThat(this.audit.since(this.auditMark, "VERSION_MEDIATED")).singleElement()
            .satisfies((record) -> assertThat((String) record.get("reason_detail")).contains("Event/RoSHLevel"));
    }

    @Test
    void deliversAnOlderVersionToANewerReceiverUnchanged() throws Exception {
        allocate("M100002", "C21");
        long mark = this.audit.mark();
        Document contact = Samples.fresh("0-9-13/valid/contact.xml");
        Samples.setDescendantText(contact, "CaseReferenceNumber", "M100002");
        String reference = Samples.controlReference(contact);
        send(ExampleParty.C21, contact);
        Received delivered = Received.of(DeliveryProbe.awaitReceived(PARTNERS, "nps", reference, 1, WITHIN).get(0));
        assertThat(delivered.interchange().getAttribute("SchemaVersion")).isEqualTo("0-9-14");
        SpgSchemas.interchange(SchemaVersion.V0_9_14).validate(delivered.interchange());
        assertThat(this.audit.since(mark, "VERSION_MEDIATED")).isEmpty();

    }

    @Test
    void refusesWhatTheReceiversVersionMustNotLose() throws Exception {
        allocate("M100003", "C21");
        Document court = Samples.fresh("0-9-14/valid/court-appearance.xml");
        Samples.setDescendantText(court, "CaseReferenceNumber", "M100003");
        readdress(court, "C21");
        assertRefused("GW-051", () -> client(ExampleParty.N00).send(court, SigningOptions.strict()));
    }

    @Test
    void copiesToThePreviousProviderWithinTheGraceWindowAfterATransfer() throws Exception {
        allocate("G100001", "C00");
        Document transfer = SpgTooling.of("ConsolidatedTransferResponse", SchemaVersion.V0_9_14)
            .parties("N00", "C00")
            .crn("G100001")
            .parts("OM")
            .status("AC")
            .value("OMTransferToProvider", "C21")
            .value("OMTransferToResponsibleTeam", "C21T01")
            .value("OMTransferToResponsibleOfficer", "C21T01O01")
            .document();
        send(ExampleParty.N00, transfer);
        assertThat(this.audit.since(this.auditMark, "CASE_RESPONSIBILITY_CHANGED"))
            .anySatisfy((record) -> assertThat(record).containsEntry("reason_code", "TRANSFER"));
        Document details = Samples.fresh("0-9-14/valid/offender-details.xml");
        Samples.setDescendantText(details, "CaseReferenceNumber", "G100001");
        readdress(details, "C21");
        String reference = Samples.controlReference(details);
        send(ExampleParty.N00, details);
        assertThat(this.deliveries.awaitFinal(reference, WITHIN))
            .extracting((row) -> row.get("receiver") + "/" + row.get("reason"))
            .containsExactlyInAnyOrder("C21/ADDRESSED", "C00/GRACE_WINDOW");
        assertThat(Received.of(PARTNERS.received("c00", reference).get(0)).header("ReceiverIdentity")).isEqualTo("C00");
    }

    @Test
    void recordsAPartnersOwnStatusNotificationAgainstTheDeliveryItAcknowledges() throws Exception {
        Document event = Samples.fresh("0-9-14/valid/event.xml");
        String reference = Samples.controlReference(event);
        send(ExampleParty.N00, event);
        this.deliveries.awaitFinal(reference, WITHIN);
        Document ack = Samples.fresh("0-9-14/valid/interchange-status-notification.xml");
        Samples.setText(ack, "SPGInterchangeHeader", "ReceiverControlReference", reference);
        Samples.setText(ack, "SPGInterchangeTrailer", "ReceiverControlReference", reference);
        send(ExampleParty.C00, ack);
        assertThat(this.deliveries.of(reference)).singleElement()
            .satisfies((row) -> assertThat(row).containsEntry("ack_status", "202"));
        assertThat(this.audit.since(this.auditMark, "STATUS_NOTIFICATION_MATCHED")).hasSize(1);
        Document stray = Samples.fresh("0-9-14/valid/interchange-status-notification.xml");
        send(ExampleParty.C00, stray);
        assertThat(this.audit.since(this.auditMark, "STATUS_NOTIFICATION_UNMATCHED")).hasSize(1);
    }

    private void send(ExampleParty sender, Document interchange) throws Exception {
        SpgResponse response = client(sender).send(interchange, SigningOptions.strict());
        assertThat(response.accepted()).as(response.text()).isTrue();
    }

    private static void readdress(Document interchange, String receiver) {
        Samples.setParty(interchange, "ReceiverIdentity", receiver);
    }

    static Map<String, Object> only(List<Map<String, Object>> rows) {
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

}
