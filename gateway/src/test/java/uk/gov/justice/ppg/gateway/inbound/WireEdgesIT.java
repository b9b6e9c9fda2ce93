package uk.gov.justice.ppg.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.audit.AuditFields;
import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.RawHttps;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.gateway.support.Tamper;
import uk.gov.justice.ppg.schemas.xml.SecureXml;
import uk.gov.justice.ppg.tools.client.PartnerClient;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * The edges a hostile partner probed: media types that contradict the envelope, ambiguous
 * framing, requests the container refuses before the gateway sees them, TLS 1.2 without
 * AEAD, test interchanges, and refusals that must still name whom they refused.
 */
class WireEdgesIT extends GatewayIT {

    private static final String PATH = "/cxf/InboundSPGProxy/1.2";

    @Autowired
    private MeterRegistry meters;

    @Test
    void refusesASoap11EnvelopeSentAsSoap12AndTheReverse() throws Exception {
        PartnerClient nps = client(ExampleParty.N00);
        byte[] soap11 = SecureXml
            .serialize(nps.sign(Samples.fresh("0-9-14/valid/event.xml"), SigningOptions.strict().soap11()));
        assertRefused("GW-007", () -> nps.http().post(endpoint(), soap11, "application/soap+xml; charset=UTF-8"));
        byte[] soap12 = SecureXml.serialize(nps.sign(Samples.fresh("0-9-14/valid/event.xml"), SigningOptions.strict()));
        SpgResponse refused = assertRefused("GW-007", () -> nps.http().post(endpoint(), soap12, "text/xml"));
        assertThat(refused.status()).isEqualTo(400);
        assertRefused("GW-007", () -> nps.http().post(endpoint(), soap12, "application/json"));
        SpgResponse accepted = nps.http()
            .post(endpoint(),
                    SecureXml
                        .serialize(nps.sign(Samples.fresh("0-9-14/valid/event.xml"), SigningOptions.strict().soap11())),
                    "text/xml; charset=utf-8");
        assertThat(accepted.accepted()).as(accepted.text()).isTrue();
    }

    @Test
    void refusesARequestFramedByBothTransferEncodingAndContentLength() throws IOException {
        byte[] envelope = SecureXml
            .serialize(client(ExampleParty.N00).sign(Samples.fresh("0-9-14/valid/event.xml"), SigningOptions.strict()));
        String chunked = Integer.toHexString(envelope.length) + "\r\n"
                + new String(envelope, StandardCharsets.ISO_8859_1) + "\r\n0\r\n\r\n";
        int before = this.queues.deliveries();
        RawHttps.Response response = RawHttps.exchange(this.port,
                "POST " + PATH + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/soap+xml\r\n"
                        + "Transfer-Encoding: chunked\r\nContent-Length: " + envelope.length + "\r\n"
                        + "Connection: close\r\n\r\n" + chunked);
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.text()).contains("soap:Envelope").contains("<gw:Code>GW-008</gw:Code>");
        assertThat(this.queues.deliveries()).as("nothing accepted").isEqualTo(before);
    }

    @Test
    void answersWhatTheContainerRefusesAsASoapFaultAndCountsIt() throws IOException {
        double before = this.meters.counter("gateway.inbound.container.refused").count();
        RawHttps.Response badChunks = RawHttps.exchange(this.port,
                "POST " + PATH + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/soap+xml\r\n"
                        + "Transfer-Encoding: gzip, chunked, nonsense\r\nConnection: close\r\n\r\nzz\r\n");
        RawHttps.Response unknownPath = RawHttps.exchange(this.port,
                "GET /nothing-here HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        for (RawHttps.Response response : List.of(badChunks, unknownPath)) {
            assertThat(response.status()).as(response.text()).isBetween(400, 599);
            assertThat(response.text()).contains("application/soap+xml")
                .contains("<gw:Code>GW-009</gw:Code>")
                .doesNotContain("\"timestamp\"")
                .doesNotContain("<html");
        }
        assertThat(this.meters.counter("gateway.inbound.container.refused").count()).isGreaterThanOrEqualTo(before + 2);
    }

    @Test
    void offersNoCbcCipherSuiteOnTls12() throws IOException {
        assertThatThrownBy(() -> RawHttps.exchange(this.port, new byte[0],
                List.of("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_AES_128_CBC_SHA256")))
            .isInstanceOf(IOException.class);
        RawHttps.Response aead = RawHttps.exchange(this.port,
                "GET /nothing-here HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1),
                List.of("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"));
        assertThat(aead.status()).isPositive();
    }

    @Test
    void deliversATestInterchangeOnlyToATestEndpoint() throws Exception {
        allocate("T500001", "C00");
        allocate("T500002", "C21");
        Document toTestEndpoint = Samples.allocation("T500001", "C00");
        Samples.setText(toTestEndpoint, "SPGInterchangeHeader", "TestIndicator", "Y");
        String reference = Samples.controlReference(toTestEndpoint);
        assertThat(client(ExampleParty.N00).send(toTestEndpoint, SigningOptions.strict()).accepted()).isTrue();
        assertThat(this.deliveries.awaitFinal(reference, Duration.ofSeconds(20)))
            .extracting((row) -> row.get("receiver") + "/" + row.get("state"))
            .containsExactly("C00/DELIVERED");
        assertThat(this.audit.since(this.auditMark, "INTERCHANGE_ACCEPTED"))
            .extracting((row) -> row.get("sender_control_ref") + "/" + row.get("purpose"))
            .as("audited as a test, not a live disclosure")
            .contains(reference + "/TEST");
        Document toLivePartner = Samples.allocation("T500002", "C21");
        Samples.setText(toLivePartner, "SPGInterchangeHeader", "TestIndicator", "Y");
        assertRefused("GW-054", () -> client(ExampleParty.N00).send(toLivePartner, SigningOptions.strict()));
    }

    @Test
    void aTestAllocationNeitherIntroducesNorMovesACase() throws Exception {
        Document introduces = Samples.allocation("T500003", "C00");
        Samples.setText(introduces, "SPGInterchangeHeader", "TestIndicator", "Y");
        assertRefused("GW-053", () -> client(ExampleParty.N00).send(introduces, SigningOptions.strict()));
        allocate("T500004", "C21");
        Document moves = Samples.allocation("T500004", "C00");
        Samples.setText(moves, "SPGInterchangeHeader", "TestIndicator", "Y");
        assertRefused("GW-050", () -> client(ExampleParty.N00).send(moves, SigningOptions.strict()));
        Document live = Samples.fresh("0-9-13/valid/contact.xml");
        Samples.setCrn(live, "T500004");
        assertThat(client(ExampleParty.C21).send(live, SigningOptions.strict()).outcome())
            .as("C21 still holds the case")
            .isEqualTo("200 accepted");
    }

    @Test
    void aRefusalBeforeValidationNamesTheTlsPartnerAndWhatTheHeaderClaims() throws Exception {
        Document event = Samples.fresh("0-9-14/valid/event.xml");
        String reference = Samples.controlReference(event);
        assertRefused("GW-019",
                () -> client(ExampleParty.N00).post(
                        SecureXml.serialize(
                                Tamper.changeBody(client(ExampleParty.N00).sign(event, SigningOptions.strict()))),
                        true));
        Map<String, Object> record = this.audit.inboundSince(this.auditMark).get(0);
        assertThat(record)
            .containsEntry("tls_subject", "CN=n00.spg.example,OU=N00,O=National Probation Service " + "(example),C=GB")
            .containsEntry("partner_id", "nps")
            .containsEntry("certificate_subject", null)
            .containsEntry("claimed", "Y")
            .containsEntry("sender", "N00")
            .containsEntry("receiver", "C00")
            .containsEntry("sender_control_ref", reference)
            .containsEntry("message_type", "Event");
        assertThat(((Number) record.get("record_format")).intValue()).isEqualTo(AuditFields.CURRENT);
    }

    @Test
    void aRefusalAfterTheSignatureVerifiedNamesTheSignerAndItsProfile() throws Exception {
        Document contact = Samples.fresh("0-9-13/valid/contact.xml");
        Samples.setParty(contact, "SenderIdentity", "C04");
        Samples.setDescendantText(contact, "ContactDate", "2026-02-30");
        assertRefused("GW-043", () -> client(ExampleParty.C04).send(contact, SigningOptions.spg2018()));
        Map<String, Object> record = this.audit.inboundSince(this.auditMark).get(0);
        assertThat(record)
            .containsEntry("certificate_subject",
                    "CN=signing.c04.spg.example,OU=C04,O=Legacy Signer CRC (example),C=GB")
            .containsEntry("tls_subject", "CN=c04.spg.example,OU=C04,O=Legacy Signer CRC (example),C=GB")
            .containsEntry("partner_id", "c04")
            .containsEntry("signature_profile", "spg-2018")
            .containsEntry("weak_signature", "Y")
            .containsEntry("claimed", "Y")
            .containsEntry("sender", "C04");
    }

}
