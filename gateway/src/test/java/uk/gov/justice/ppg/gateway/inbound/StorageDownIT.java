package uk.gov.justice.ppg.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.support.DeliveryProbe;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.PostgresSchema;
import uk.gov.justice.ppg.gateway.support.Readiness;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.gateway.support.TcpProxy;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * Fail closed: with the database (PostgreSQL, reached through a proxy that is cut)
 * unavailable, an interchange is refused with {@code GW-060} and nothing of it is left
 * written; once storage is back, the same interchange is accepted. A stopped embedded
 * broker is started again by the gateway itself. With only the audit log refusing writes
 * (a trigger the test installs), an interchange is refused with {@code GW-061} and a
 * delivery is not marked delivered until the log takes records again.
 */
class StorageDownIT extends GatewayIT {

    private static final TcpProxy DATABASE = proxy();

    private static final PostgresSchema SCHEMA = PostgresSchema.via("127.0.0.1:" + DATABASE.port());

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private EmbeddedActiveMQ broker;

    @LocalManagementPort
    private int managementPort;

    @DynamicPropertySource
    static void storageBehindAProxy(DynamicPropertyRegistry registry) {
        SCHEMA.register(registry);
        registry.add("test.artemis.directory", () -> dataDirectory().resolve("artemis").toString());
        registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
        registry.add("spring.datasource.hikari.validation-timeout", () -> "1000");
    }

    /**
     * The proxy stays open until the JVM ends: the cached context still uses it while
     * other tests run.
     */
    @AfterAll
    static void cleanUp() {
        DATABASE.restore();
        SCHEMA.dropLater();
    }

    @Test
    void refusesWhileTheDatabaseIsDownAndAcceptsOnceItIsBack() throws Exception {
        Document event = Samples.fresh("0-9-14/valid/event.xml");
        DATABASE.cut();
        try {
            SpgResponse refused = client(ExampleParty.N00).send(event, SigningOptions.strict());
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.errorCode()).contains("GW-060");
            Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(Readiness.of(this.managementPort)).startsWith("503")
                    .contains("\"database\":false"));
        }
        finally {
            DATABASE.restore();
        }
        awaitDatabase();
        assertThat(stored(event)).isZero();
        assertThat(this.queues.deliveries()).isEqualTo(deliveredSoFar());
        SpgResponse accepted = client(ExampleParty.N00).send(event, SigningOptions.strict());
        assertThat(accepted.accepted()).as(accepted.text()).isTrue();
        assertThat(stored(event)).isOne();
    }

    /**
     * The embedded broker stops itself on a critical journal error, and the embedded
     * default has no supervisor: the gateway starts it again by itself. Meanwhile every
     * answer is 200 or GW-060, never anything half-written, and the interchange is stored
     * and queued once.
     */
    @Test
    void startsAStoppedEmbeddedBrokerAgainByItself() throws Exception {
        Document event = Samples.fresh("0-9-14/valid/event.xml");
        int deliveries = this.queues.deliveries();
        this.broker.getActiveMQServer().stop();
        List<String> answers = new ArrayList<>();
        SpgResponse accepted = Awaitility.await()
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(200))
            .until(() -> {
                SpgResponse response = client(ExampleParty.N00).send(event, SigningOptions.strict());
                answers.add(response.accepted() ? "200" : response.errorCode().orElse(response.text()));
                return response;
            }, SpgResponse::accepted);
        assertThat(accepted.accepted()).isTrue();
        assertThat(answers).allSatisfy((answer) -> assertThat(answer).isIn("200", "GW-060"));
        assertThat(this.broker.getActiveMQServer().isStarted()).isTrue();
        assertThat(stored(event)).isOne();
        assertThat(this.queues.deliveries()).isEqualTo(deliveries + 1);
        Awaitility.await()
            .atMost(Duration.ofSeconds(30))
            .untilAsserted(() -> assertThat(this.jdbc.queryForList(
                    "SELECT d.state FROM delivery d JOIN interchange i "
                            + "ON i.id = d.interchange_id WHERE i.sender = 'N00' AND i.sender_control_ref = ?",
                    String.class, Samples.controlReference(event)))
                .containsExactly("DELIVERED"));
        assertThat(this.audit.since(this.auditMark, "INTERCHANGE_ACCEPTED")).hasSize(1);
    }

    @Test
    void refusesWhileTheAuditLogTakesNoRecordsAndAcceptsOnceItDoes() throws Exception {
        Document event = Samples.fresh("0-9-14/valid/event.xml");
        int deliveries = this.queues.deliveries();
        long mark = this.audit.mark();
        auditLogDown(null);
        try {
            SpgResponse refused = client(ExampleParty.N00).send(event, SigningOptions.strict());
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.errorCode()).contains("GW-061");
        }
        finally {
            auditLogBack();
        }
        assertThat(stored(event)).isZero();
        assertThat(this.queues.deliveries()).isEqualTo(deliveries);
        assertThat(this.audit.inboundSince(mark)).as("nothing audited while the log was down").isEmpty();
        SpgResponse accepted = client(ExampleParty.N00).send(event, SigningOptions.strict());
        assertThat(accepted.accepted()).as(accepted.text()).isTrue();
        assertThat(this.audit.since(mark, "INTERCHANGE_ACCEPTED")).singleElement()
            .satisfies((record) -> assertThat(record).containsEntry("sender_control_ref",
                    Samples.controlReference(event)));
    }

    @Test
    void doesNotMarkADeliveryDeliveredUntilItsAuditRecordCommits() throws Exception {
        Document event = Samples.fresh("0-9-14/valid/event.xml");
        String reference = Samples.controlReference(event);
        auditLogDown("DELIVERED");
        try {
            assertThat(client(ExampleParty.N00).send(event, SigningOptions.strict()).accepted()).isTrue();
            DeliveryProbe.awaitReceived(PARTNERS, "c00", reference, 1, Duration.ofSeconds(20));
            Awaitility.await()
                .during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> this.deliveries.of(reference),
                        (rows) -> rows.size() == 1 && "PENDING".equals(rows.get(0).get("state")));
        }
        finally {
            auditLogBack();
        }
        assertThat(this.deliveries.awaitFinal(reference, Duration.ofSeconds(20))).singleElement()
            .satisfies((row) -> assertThat(row).containsEntry("state", "DELIVERED"));
        assertThat(PARTNERS.received("c00", reference)).as("delivered once, not again").hasSize(1);
        assertThat(this.audit.since(this.auditMark, "DELIVERED")).filteredOn("sender_control_ref", reference)
            .hasSize(1);
    }

    /**
     * Makes the audit log refuse inserts ({@code event} ones only, or all when null), as
     * a full or failing audit store would.
     */
    private void auditLogDown(String event) {
        this.jdbc.execute("CREATE OR REPLACE FUNCTION audit_down() RETURNS trigger AS $$ BEGIN "
                + "IF TG_ARGV[0] = '*' OR NEW.event = TG_ARGV[0] THEN RAISE EXCEPTION 'audit store down'; END IF; "
                + "RETURN NEW; END; $$ LANGUAGE plpgsql");
        this.jdbc.execute("CREATE TRIGGER audit_down BEFORE INSERT ON audit_record FOR EACH ROW EXECUTE FUNCTION "
                + "audit_down('" + ((event != null) ? event : "*") + "')");
    }

    private void auditLogBack() {
        this.jdbc.execute("DROP TRIGGER IF EXISTS audit_down ON audit_record");
    }

    /**
     * The JMS connection notices the restarted broker on first use; allow it that one
     * reconnect.
     */
    private SpgResponse acceptEventually(Document event) {
        return Awaitility.await()
            .atMost(Duration.ofSeconds(20))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> client(ExampleParty.N00).send(event, SigningOptions.strict()), SpgResponse::accepted);
    }

    /**
     * Connections broken by the cut are found out one borrow at a time; wait until one
     * works again.
     */
    private void awaitDatabase() {
        Awaitility.await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> {
            this.jdbc.queryForObject("SELECT 1", Integer.class);
            return true;
        });
    }

    private int deliveredSoFar() {
        return this.queues.deliveries();
    }

    private int stored(Document event) {
        Integer count = this.jdbc.queryForObject(
                "SELECT COUNT(*) FROM interchange WHERE sender = 'N00' AND sender_control_ref = ?", Integer.class,
                Samples.controlReference(event));
        return (count != null) ? count : 0;
    }

    private static TcpProxy proxy() {
        try {
            return new TcpProxy("127.0.0.1", 5432);
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
