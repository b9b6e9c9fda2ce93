package uk.gov.justice.ppg.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.certs.PkiLayout;
import uk.gov.justice.ppg.tools.client.PartnerClient;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * The gateway running on a random port over real mutual TLS with the example PKI, the
 * shipped partner directory, an H2 file database and an embedded persistent Artemis in a
 * fresh directory. Subclasses share one context. Metrics are exported to Prometheus as in
 * production (Spring Boot's tests leave exporters off unless told).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@Import({ AuditProbe.class, QueueProbe.class, HeaderRecorder.class, DeliveryProbe.class })
public abstract class GatewayIT {

    private static final Path DATA = dataDirectory();

    /** The partners' systems, shared by every context in the test JVM. */
    public static final PartnerStubs PARTNERS = PartnerStubs.start(TestPki.layout());

    /** The time-stamping authority the audit checkpoints use. */
    public static final TestTsa TSA = TestTsa.start();

    /**
     * A partner whose endpoint goes through a proxy that tests can cut: mtc (C16, C17).
     */
    public static final TcpProxy MTC_LINK = TcpProxy.to(PARTNERS.server().httpsPort());

    @LocalServerPort
    protected int port;

    @Autowired
    protected AuditProbe audit;

    @Autowired
    protected QueueProbe queues;

    @Autowired
    protected DeliveryProbe deliveries;

    protected long auditMark;

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        properties(DATA).forEach((name, value) -> registry.add(name, () -> value));
    }

    /**
     * Everything a test gateway needs, with its database and broker under {@code data}:
     * the example PKI, the partner stubs as endpoints (mtc through {@link #MTC_LINK};
     * cs202 on the JSON channel, pf01 on the inbox channel as shipped), fast retries and
     * a short expiry.
     */
    public static Map<String, String> properties(Path data) {
        PkiLayout pki = TestPki.layout();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("gateway.pki-dir", pki.dir().toString());
        properties.put("store-password", new String(pki.password()));
        properties.put("gateway.partners-file",
                "${test.partners-file:" + PARTNERS.directory(data.resolve("partners.yml"),
                        Map.of("mtc", "https://localhost:" + MTC_LINK.port() + "/partners/mtc"), (partner) -> {
                            if (PartnerStubs.JSON_AGENCY.equals(partner.get("id"))) {
                                partner.put("channel", "json");
                            }
                        })
                    .toString() + "}");
        properties.put("gateway.delivery.expiry", "${test.delivery.expiry:20s}");
        properties.put("gateway.delivery.backoff-base", "100ms");
        properties.put("gateway.delivery.backoff-max", "1s");
        properties.put("gateway.delivery.read-timeout", "2s");
        properties.put("gateway.delivery.liveness-delay", "1s");
        properties.put("gateway.delivery.liveness-interval", "2s");
        properties.put("management.server.port", "0");
        properties.put("gateway.admin.port", "0");
        properties.put("gateway.housekeeping.gauges", "1s");
        properties.put("camel.main.shutdown-timeout", "5");
        properties.put("gateway.audit.tsa-url", TSA.url());
        properties.put("gateway.audit.checkpoint-interval", "2s");
        properties.put("gateway.audit.archive.directory", data.resolve("audit-archive").toString());
        properties.put("spring.datasource.url", "${test.database.url:jdbc:h2:file:" + data.resolve("db/gateway")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH}");
        properties.put("spring.datasource.username", "${test.database.user:gateway}");
        properties.put("spring.artemis.embedded.data-directory",
                "${test.artemis.directory:" + data.resolve("artemis") + "}");
        properties.put("gateway.storage.data-directory", "${test.storage.directory:" + data + "}");
        properties.put("gateway.node-id", "test-node");
        return properties;
    }

    /**
     * A fresh data directory. The properties above read {@code test.database.*},
     * {@code test.artemis.directory}, {@code test.storage.directory} and
     * {@code test.partners-file} first: a test class that needs a context of its own sets
     * those (superclass registrations win over subclass ones, so it cannot set the Spring
     * properties directly), and must give its context its own broker directory, as two
     * embedded brokers cannot share a journal.
     */
    public static Path dataDirectory() {
        return Path.of("target", "it-data", UUID.randomUUID().toString()).toAbsolutePath();
    }

    /**
     * For a test class with a context of its own: a database, a broker journal and a
     * watched data directory of its own, in a fresh directory, so that it shares no store
     * with the contexts of other classes (which the test framework keeps open).
     */
    public static void ownStores(DynamicPropertyRegistry registry) {
        Path data = dataDirectory();
        registry.add("test.database.url", () -> "jdbc:h2:file:" + data.resolve("db/gateway")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        registry.add("test.artemis.directory", () -> data.resolve("artemis").toString());
        registry.add("test.storage.directory", data::toString);
    }

    @BeforeEach
    void markAudit() {
        this.auditMark = Awaitility.await()
            .atMost(Duration.ofSeconds(20))
            .ignoreExceptions()
            .until(this.audit::mark, (mark) -> true);
    }

    /**
     * Sends, then asserts the refusal: the fault carries {@code code}, nothing was queued
     * for delivery, and exactly one audit record (the rejection, with that code) was
     * written.
     */
    protected SpgResponse assertRefused(String code, Send send) throws Exception {
        int deliveries = this.queues.deliveries();
        long mark = this.audit.mark();
        SpgResponse response = send.send();
        assertThat(response.errorCode()).as(response.text()).contains(code);
        assertThat(this.queues.deliveries()).as("deliveries queued").isEqualTo(deliveries);

        List<Map<String, Object>> records = this.audit.inboundSince(mark);

        assertThat(records).as("audit records").hasSize(1);
        assertThat(records.get(0)).containsEntry("event", "INTERCHANGE_REJECTED").containsEntry("reason_code", code);
        return response;
    }

    /** Something that sends one request. */
    @FunctionalInterface
    protected interface Send {

        SpgResponse send() throws Exception;

    }

    /**
     * Has N00 allocate {@code crn} to {@code crc} with an Event, so the CRC may receive
     * messages about it.
     */
    protected void allocate(String crn, String crc) throws Exception {
        Document event = Samples.allocation(crn, crc);
        SpgResponse response = client(ExampleParty.N00).send(event, SigningOptions.strict());
        assertThat(response.accepted()).as(response.text()).isTrue();
    }

    /**
     * Has N00 allocate {@code crn} to C16 (partner mtc) while mtc's link is cut, and
     * waits until that delivery is dead-lettered (at the delivery expiry); the link is
     * back afterwards. Returns the allocation's control reference.
     */
    protected String deadLetterToMtc(String crn) throws Exception {
        MTC_LINK.cut();
        try {
            Document event = Samples.allocation(crn, "C16");
            SpgResponse response = client(ExampleParty.N00).send(event, SigningOptions.strict());
            assertThat(response.accepted()).as(response.text()).isTrue();
            String reference = Samples.controlReference(event);
            assertThat(this.deliveries.awaitFinal(reference, Duration.ofSeconds(60))).singleElement()
                .satisfies((row) -> assertThat(row).containsEntry("state", "DEAD_LETTERED"));
            return reference;
        }
        finally {
            MTC_LINK.restore();
        }
    }

    /**
     * Has the requester of a check result ask for it first, as the ledger requires: the
     * request goes out under a fresh RequestID, which is set in the result too.
     */
    protected String requested(Document result) throws Exception {
        Document request = Samples.requestFor(result);
        SpgResponse response = client(ExampleParty.valueOf(Samples.header(request, "SenderIdentity"))).send(request,
                SigningOptions.strict());
        assertThat(response.accepted()).as(response.text()).isTrue();
        return request.getElementsByTagNameNS("*", "RequestID").item(0).getTextContent();
    }

    protected URI endpoint() {
        return URI.create("https://localhost:" + this.port + "/cxf/InboundSPGProxy/1.2");
    }

    protected PartnerClient client(ExampleParty party) {
        return PartnerClient.of(TestPki.layout(), party, endpoint());
    }

    protected PartnerClient client(String tlsStore, String signingStore) {
        return PartnerClient.of(TestPki.layout(), tlsStore, signingStore, endpoint());
    }

}
