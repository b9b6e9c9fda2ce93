package uk.gov.justice.ppg.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.audit.ExportDocument;
import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.support.AuditExports;
import uk.gov.justice.ppg.gateway.support.DeliveryProbe;
import uk.gov.justice.ppg.gateway.support.GatewayNodes;
import uk.gov.justice.ppg.gateway.support.PostgresSchema;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.gateway.support.TestPki;
import uk.gov.justice.ppg.tools.client.PartnerClient;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * Two gateway nodes (two application contexts, each with its own broker) writing to one
 * PostgreSQL schema at once: every record either node wrote is sealed into the one chain,
 * and the export verifies, taken from either node.
 */
class AuditTwoNodesIT {

    private static final PostgresSchema SCHEMA = PostgresSchema.create();

    private static final int SENDERS_PER_NODE = 3;

    private static final int MESSAGES_PER_SENDER = 8;

    private static ConfigurableApplicationContext nodeA;

    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() {
        nodeA = GatewayNodes.start(SCHEMA, "node-a");
        nodeB = GatewayNodes.start(SCHEMA, "node-b");
    }

    @AfterAll
    static void stopTwoNodes() {
        GatewayNodes.stop(nodeA, nodeB);
        SCHEMA.dropLater();
    }

    @Test
    void concurrentWritersOnTwoNodesMakeOneChainThatVerifies() throws Exception {
        List<String> references = sendConcurrently();
        DeliveryProbe deliveries = new DeliveryProbe(nodeA.getBean(JdbcTemplate.class));
        for (String reference : references) {
            assertThat(deliveries.awaitFinal(reference, Duration.ofSeconds(30))).singleElement()
                .satisfies((row) -> assertThat(row).containsEntry("state", "DELIVERED"));
        }

        List<String> written = nodeB.getBean(JdbcTemplate.class)
            .queryForList("SELECT record_id FROM audit_record", String.class);
        ExportDocument fromA = AuditExports.export(nodeA.getBean(AuditExporter.class));
        AuditExports.assertVerifies(fromA);
        Map<String, Long> byNode = fromA.records()
            .stream()
            .collect(Collectors.groupingBy((record) -> record.fields().get("node_id"), Collectors.counting()));
        assertThat(byNode.keySet()).containsExactlyInAnyOrder("node-a", "node-b");
        assertThat(byNode.values()).allSatisfy((count) -> assertThat(count).isGreaterThan(20L));
        assertThat(fromA.records()).filteredOn((record) -> "INTERCHANGE_ACCEPTED".equals(record.fields().get("event")))
            .extracting((record) -> record.fields().get("sender_control_ref"))
            .containsAll(references);

        ExportDocument fromB = AuditExports.export(nodeB.getBean(AuditExporter.class));
        AuditExports.assertVerifies(fromB);
        assertThat(fromB.records().size()).isGreaterThanOrEqualTo(fromA.records().size());
        assertThat(fromB.records().subList(0, fromA.records().size())).isEqualTo(fromA.records());
        assertThat(fromA.records()).as("every record written before the export, sealed and exported")
            .extracting((record) -> record.fields().get("record_id"))
            .containsAll(written);
    }

    @Test
    void aRecordWhoseTransactionCommitsAfterLaterRecordsWereSealedIsSealedToo() throws Exception {
        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
        String lateId = UUID.randomUUID().toString();
        try (Connection connection = DriverManager.getConnection(SCHEMA.url(), "postgres", "")) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_record (record_id, "
                    + "recorded_at, event, outcome, node_id) VALUES (?, now(), 'KILL_SWITCH_CHANGED', 'CHANGED', 'x')")) {
                insert.setString(1, lateId);
                insert.executeUpdate();
            }
            List<String> later = sendConcurrently();
            Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_chain c JOIN audit_record r ON "
                                + "r.record_id = c.record_id WHERE r.sender_control_ref = ?",
                        Integer.class, later.get(later.size() - 1)) > 0);
            connection.commit();
        }
        Awaitility.await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM audit_chain WHERE record_id = ?", Integer.class,
                    lateId) == 1);
    }

    /** Each node's senders send at once; returns every control reference sent. */
    private static List<String> sendConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2 * SENDERS_PER_NODE);
        try {
            List<Future<List<String>>> sent = new ArrayList<>();
            for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
                for (int i = 0; i < SENDERS_PER_NODE; i++) {
                    PartnerClient client = PartnerClient.of(TestPki.layout(), ExampleParty.N00,
                            GatewayNodes.endpoint(node));
                    sent.add(pool.submit((Callable<List<String>>) () -> send(client)));
                }
            }
            List<String> references = new ArrayList<>();
            for (Future<List<String>> future : sent) {
                references.addAll(future.get());
            }
            return references;
        }
        finally {
            pool.shutdownNow();
        }
    }

    private static List<String> send(PartnerClient client) throws Exception {
        List<String> references = new ArrayList<>();
        for (int i = 0; i < MESSAGES_PER_SENDER; i++) {
            Document event = Samples.fresh("0-9-14/valid/event.xml");
            SpgResponse response = client.send(event, SigningOptions.strict());
            assertThat(response.accepted()).as(response.text()).isTrue();
            references.add(Samples.controlReference(event));
        }
        return references;
    }

}
