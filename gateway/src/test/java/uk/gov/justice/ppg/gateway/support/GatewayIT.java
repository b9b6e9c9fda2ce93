package uk.gov.justice.ppg.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.certs.PkiLayout;
import uk.gov.justice.ppg.tools.client.PartnerClient;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * The gateway running on a random port over real mutual TLS with the example PKI, the
 * shipped partner directory, an H2 file database and an embedded persistent Artemis in a
 * fresh directory. Subclasses share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ AuditProbe.class, QueueProbe.class, HeaderRecorder.class })
public abstract class GatewayIT {

    private static final Path DATA = dataDirectory();

    @LocalServerPort
    protected int port;

    @Autowired
    protected AuditProbe audit;

    @Autowired
    protected QueueProbe queues;

    protected long auditMark;

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        PkiLayout pki = TestPki.layout();
        registry.add("gateway.pki-dir", () -> pki.dir().toString());
        registry.add("store-password", () -> new String(pki.password()));
        registry.add("gateway.partners-file",
                () -> Path.of("..", "config", "partners.yml").toAbsolutePath().toString());
        registry.add("spring.datasource.url", () -> "${test.database.url:jdbc:h2:file:" + DATA.resolve("db/gateway")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH}");
        registry.add("spring.datasource.username", () -> "${test.database.user:gateway}");
        registry.add("spring.artemis.embedded.data-directory",
                () -> "${test.artemis.directory:" + DATA.resolve("artemis") + "}");
        registry.add("gateway.node-id", () -> "test-node");
    }

    /**
     * A fresh data directory. The properties above read {@code test.database.*} and
     * {@code test.artemis.directory} first: a test class that needs a context of its own
     * sets those (superclass registrations win over subclass ones, so it cannot set the
     * Spring properties directly), and must give its context its own broker directory, as
     * two embedded brokers cannot share a journal.
     */
    protected static Path dataDirectory() {
        return Path.of("target", "it-data", UUID.randomUUID().toString()).toAbsolutePath();
    }

    @BeforeEach
    void markAudit() {
        this.auditMark = Awaitility.await()
            .atMost(Duration.ofSeconds(20))
            .ignoreExceptions()
            .until(this.audit::mark, (mark) -> true);
    }

    /** Partners whose delivery queues the refusal tests watch. */
    protected static final List<String> PARTNERS = List.of("nps", "c00", "mtc", "c21", "c04", "c05", "pf01", "cs202");

    /**
     * Sends, then asserts the refusal: the fault carries {@code code}, nothing was queued
     * for delivery, and exactly one audit record (the rejection, with that code) was
     * written.
     */
    protected SpgResponse assertRefused(String code, Send send) throws Exception {
        int deliveries = this.queues.deliveries();
        int queued = queuedEverywhere();
        long mark = this.audit.mark();
        SpgResponse response = send.send();
        assertThat(response.errorCode()).as(response.text()).contains(code);
        assertThat(this.queues.deliveries()).as("delivery rows").isEqualTo(deliveries);
        assertThat(queuedEverywhere()).as("queued messages").isEqualTo(queued);
        List<Map<String, Object>> records = this.audit.since(mark);
        assertThat(records).as("audit records").hasSize(1);
        assertThat(records.get(0)).containsEntry("event", "INTERCHANGE_REJECTED").containsEntry("reason_code", code);
        return response;
    }

    protected int queuedEverywhere() {
        return PARTNERS.stream().mapToInt(this.queues::depth).sum();
    }

    /** Something that sends one request. */
    @FunctionalInterface
    protected interface Send {

        SpgResponse send() throws Exception;

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
