package uk.gov.justice.ppg.gateway.logging;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.security.auth.x500.X500Principal;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.audit.ExportDocument;
import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.certs.ExamplePki;
import uk.gov.justice.ppg.gateway.audit.AuditExporter;
import uk.gov.justice.ppg.gateway.support.AuditExports;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.PartnerStubs;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.gateway.support.Tamper;
import uk.gov.justice.ppg.schemas.xml.SecureXml;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * What reaches the operational log. Canary personal data is pushed through an accepted
 * and delivered message, messages refused for their schema, their signature and their
 * syntax, and a delivery the partner refuses quoting the data back: none of it may appear
 * in any log output or audit field. Hostile text in a field the gateway does record (the
 * TLS certificate subject) must stay one escaped record, with the chain still verifying.
 */
@ExtendWith(OutputCaptureExtension.class)
class OperationalLogIT extends GatewayIT {

    private static final String SURNAME = "Zqvcanarysurname";

    private static final String FORENAME = "Zqvcanaryforename";

    private static final String NOTE = "Zqvcanarynote";

    private static final List<String> CANARIES = List.of(SURNAME, FORENAME, NOTE);

    private static final Duration WITHIN = Duration.ofSeconds(20);

    @Autowired
    private AuditExporter exporter;

    @AfterEach
    void healthyAgain() {
        PARTNERS.resetToHealthy();
    }

    @Test
    void canaryPersonalDataReachesNoLogOutputAndNoAuditField(CapturedOutput output) throws Exception {
        Document delivered = canaryEvent();
        String deliveredReference = Samples.controlReference(delivered);
        assertThat(client(ExampleParty.N00).send(delivered, SigningOptions.strict()).accepted()).isTrue();

        Document refusedByPartner = canaryEvent();
        String refusedReference = Samples.controlReference(refusedByPartner);
        PARTNERS.server()
            .stubFor(post(urlEqualTo("/partners/c00")).atPriority(1)
                .withRequestBody(containing(refusedReference))
                .willReturn(aResponse().withStatus(500)
                    .withBody(PartnerStubs.senderFault("cannot store " + SURNAME + " " + NOTE))));
        assertThat(client(ExampleParty.N00).send(refusedByPartner, SigningOptions.strict()).accepted()).isTrue();

        Document invalid = canaryEvent();
        Samples.setDescendantText(invalid, "EventNumber", SURNAME + " " + FORENAME);
        assertRefused("GW-043", () -> client(ExampleParty.N00).send(invalid, SigningOptions.strict()));
        assertRefused("GW-019",
                () -> client(ExampleParty.N00).post(SecureXml.serialize(
                        Tamper.changeBody(client(ExampleParty.N00).sign(canaryEvent(), SigningOptions.strict()))),
                        true));
        assertRefused("GW-004",
                () -> client(ExampleParty.N00)
                    .post(("<soap:Envelope xmlns:soap=\"" + "http://www.w3.org/2003/05/soap-envelope\"><soap:Body><"
                            + SURNAME + ">" + NOTE + "</soap:Body>")
                        .getBytes(StandardCharsets.UTF_8), true));

        assertThat(this.deliveries.awaitFinal(deliveredReference, WITHIN)).singleElement()
            .satisfies((row) -> assertThat(row).containsEntry("state", "DELIVERED"));
        assertThat(this.deliveries.awaitFinal(refusedReference, WITHIN)).singleElement()
            .satisfies((row) -> assertThat(row).containsEntry("state", "DEAD_LETTERED"));

        assertThat(output.getAll()).as("the capture sees the gateway's log")
            .contains("refused with GW-043")
            .contains("delivery dead-lettered with GW-070");
        for (String canary : CANARIES) {
            assertThat(output.getAll()).doesNotContain(canary);
        }
        List<Map<String, Object>> records = this.audit.since(this.auditMark);
        assertThat(records).hasSizeGreaterThanOrEqualTo(7);
        assertThat(records.toString()).doesNotContain(CANARIES.toArray(String[]::new));
    }

    @Test
    void hostileTextInARecordedFieldStaysOneEscapedRecordAndTheChainVerifies(CapturedOutput output) throws Exception {
        String subject = new X500Principal(ExamplePki.HOSTILE_SUBJECT).getName();
        try (LookupTrap trap = new LookupTrap(47389)) {
            SpgResponse response = client("hostile-tls", "hostile-tls").send(Samples.fresh("0-9-14/valid/event.xml"),
                    SigningOptions.strict());
            assertThat(response.accepted()).isFalse();

            List<Map<String, Object>> records = this.audit.inboundSince(this.auditMark);
            assertThat(records).singleElement()
                .satisfies((record) -> assertThat(record).containsEntry("event", "INTERCHANGE_REJECTED")
                    .containsEntry("tls_subject", subject)
                    .containsEntry("claimed", "Y"));

            ExportDocument export = AuditExports.export(this.exporter);
            assertThat(export.records()).filteredOn((record) -> subject.equals(record.fields().get("tls_subject")))
                .hasSize(1);
            AuditExports.assertVerifies(export);
            assertThat(trap.connections()).as("connections to the lookup address").isZero();
        }
        ObjectMapper json = new ObjectMapper();
        for (String line : output.getAll().split("\n")) {
            assertThat(line).doesNotContain("\r", "\u2028", "\u001b");
            if (line.contains("forged") || line.contains("jndi")) {
                assertThat(json.readTree(line).isObject()).as(line).isTrue();
            }
        }
    }

    private static Document canaryEvent() {
        Document event = Samples.fresh("0-9-14/valid/event.xml");
        Samples.setDescendantText(event, "SPGUpdateUser", SURNAME + "," + FORENAME);
        Samples.setDescendantText(event, "Notes", "Seen with " + NOTE + " at home");
        return event;
    }

    /** Listens where the hostile subject's lookup string points, counting connections. */
    private static final class LookupTrap implements AutoCloseable {

        private final ServerSocket socket;

        private final AtomicInteger connections = new AtomicInteger();

        LookupTrap(int port) throws IOException {
            this.socket = new ServerSocket(port, 5, InetAddress.getLoopbackAddress());
            Thread listener = new Thread(() -> {
                while (!this.socket.isClosed()) {
                    try (var connection = this.socket.accept()) {
                        this.connections.incrementAndGet();
                    }
                    catch (SocketException ex) {
                        return;
                    }
                    catch (IOException ex) {
                        this.connections.incrementAndGet();
                    }
                }
            }, "lookup-trap");
            listener.setDaemon(true);
            listener.start();
        }

        int connections() {
            return this.connections.get();
        }

        @Override
        public void close() throws IOException {
            this.socket.close();
        }

    }

}
