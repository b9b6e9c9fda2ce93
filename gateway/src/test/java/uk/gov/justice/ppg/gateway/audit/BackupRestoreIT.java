package uk.gov.justice.ppg.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.audit.ExportDocument;
import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.partner.KillSwitches;
import uk.gov.justice.ppg.gateway.support.AuditExports;
import uk.gov.justice.ppg.gateway.support.DeliveryProbe;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.GatewayNodes;
import uk.gov.justice.ppg.gateway.support.PostgresSchema;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.gateway.support.TestPki;
import uk.gov.justice.ppg.tools.client.PartnerClient;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * The backup and restore of docs/deployment.md on PostgreSQL: {@code pg_dump} of a
 * running node's database, the database lost, {@code pg_restore} of the dump, and the
 * node started again. What was pending at the backup is delivered after the restore, the
 * audit chain carries on from the restored head, and the whole log (records from before
 * the backup and after the restore) verifies offline, with the verifier jar.
 */
class BackupRestoreIT {

    private static final Duration WITHIN = Duration.ofSeconds(40);

    private final PostgresSchema schema = PostgresSchema.create();

    private ConfigurableApplicationContext node;

    private int nextCase = 300000;

    @AfterEach
    void stop() {
        GatewayNodes.stop(this.node);
        this.schema.dropLater();
    }

    @Test
    void aRestoredDatabaseDeliversWhatWasPendingAndItsAuditChainCarriesOn() throws Exception {
        this.node = GatewayNodes.start(this.schema, "node-a");
        List<String> delivered = send(3);
        awaitDelivered(delivered);
        switches().set("c00", KillSwitches.Direction.DELIVERIES, true, "backup test");
        List<String> pendingAtBackup = send(2);
        Path dump = GatewayIT.dataDirectory().resolve("gateway.dump");
        Files.createDirectories(dump.getParent());
        run("pg_dump", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-n", this.schema.name(), "-Fc", "-f",
                dump.toString());
        List<String> lostWithTheRestore = send(2);
        GatewayNodes.stop(this.node);

        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres",
                ""); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + this.schema.name() + " CASCADE");
        }
        run("pg_restore", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", dump.toString());
        this.node = GatewayNodes.start(this.schema, "node-a");
        switches().set("c00", KillSwitches.Direction.DELIVERIES, false, "restored; partner takes deliveries again");
        awaitDelivered(pendingAtBackup);
        List<String> afterRestore = send(2);
        awaitDelivered(afterRestore);

        ExportDocument export = AuditExports.export(this.node.getBean(AuditExporter.class));
        AuditExports.assertVerifies(export);
        Path file = dump.resolveSibling("audit-export.json");
        Files.write(file, AuditExports.bytes(this.node.getBean(AuditExporter.class), Instant.EPOCH));
        assertThat(AuditExports.runVerifier(file)).startsWith("VERIFIED");
        List<String> accepted = export.records()
            .stream()
            .filter((record) -> "INTERCHANGE_ACCEPTED".equals(record.fields().get("event")))
            .map((record) -> record.fields().get("sender_control_ref"))
            .toList();
        assertThat(accepted).containsAll(delivered).containsAll(pendingAtBackup).containsAll(afterRestore);
        assertThat(accepted).as("accepted after the backup: lost with the restore")
            .doesNotContainAnyElementsOf(lostWithTheRestore);
        assertThat(export.records()).extracting(ExportDocument.Record::seq)
            .as("one chain, no gap")
            .isSorted()
            .doesNotHaveDuplicates()
            .last()
            .isEqualTo((long) export.records().size());
    }

    private KillSwitches switches() {
        return this.node.getBean(KillSwitches.class);
    }

    private List<String> send(int count) throws Exception {
        PartnerClient client = PartnerClient.of(TestPki.layout(), ExampleParty.N00, GatewayNodes.endpoint(this.node));
        List<String> references = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Document event = Samples.fresh("0-9-14/valid/event.xml");
            Samples.setDescendantText(event, "CaseReferenceNumber", "R" + (this.nextCase++));
            SpgResponse response = client.send(event, SigningOptions.strict());
            assertThat(response.accepted()).as(response.text()).isTrue();
            references.add(Samples.controlReference(event));
        }
        return references;
    }

    private void awaitDelivered(List<String> references) {
        DeliveryProbe deliveries = new DeliveryProbe(this.node.getBean(JdbcTemplate.class));
        for (String reference : references) {
            assertThat(deliveries.awaitFinal(reference, WITHIN)).singleElement()
                .satisfies((row) -> assertThat(row).containsEntry("state", "DELIVERED"));
        }
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(command[0]).isTrue();
        assertThat(process.exitValue()).as(command[0] + ": " + output).isZero();
    }

}
