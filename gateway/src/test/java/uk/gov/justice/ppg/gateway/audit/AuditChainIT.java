package uk.gov.justice.ppg.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.audit.ExportDocument;
import uk.gov.justice.ppg.audit.ExportVerifier;
import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.support.AuditExports;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.gateway.support.TestPki;
import uk.gov.justice.ppg.tools.client.SigningOptions;

/**
 * The disclosure log end to end: records sealed into the chain, checkpoints signed and
 * time-stamped, an export taken on the management port verified offline (in process, and
 * by the verifier jar as its own process), a tampered export refused with the right
 * record named, and search.
 */
class AuditChainIT extends GatewayIT {

    @LocalManagementPort
    private int managementPort;

    @Test
    void anExportVerifiesOfflineWithTheAuditCertificateAndTheTsaCertificate() throws Exception {
        Document event = sendEvent();
        awaitCheckpointWithToken();
        long beforeExport = this.audit.mark();
        ExportDocument export = export();
        assertThat(export.records()).isNotEmpty();
        assertThat(export.records()).anySatisfy((record) -> assertThat(record.fields())
            .containsEntry("sender_control_ref", Samples.controlReference(event))
            .containsEntry("event", "INTERCHANGE_ACCEPTED"));
        assertThat(export.checkpoints())
            .anySatisfy((checkpoint) -> assertThat(checkpoint.timestampToken()).isNotNull());
        ExportVerifier.Verdict verdict = ExportVerifier.verify(export, AuditExports.certificate(),
                Optional.of(TSA.certificate()));
        assertThat(verdict.verified()).as(verdict.problem()).isTrue();
        assertThat(verdict.timestamped()).isPositive();
        assertThat(this.audit.since(beforeExport, "AUDIT_EXPORTED")).hasSize(1);
    }

    @Test
    void anExportOfARangeStartsMidChainHoldsOnlyThatRangeAndVerifies() throws Exception {
        sendEvent();
        Instant from = Instant.now();
        Document event = sendEvent();
        ExportDocument export = ExportDocument
            .read(new ByteArrayInputStream(get("/actuator/audit/export?from=" + from)));
        assertThat(export.anchor().seq()).isPositive();
        assertThat(export.records())
            .allSatisfy((record) -> assertThat(Instant.parse(record.fields().get("recorded_at")))
                .isAfterOrEqualTo(from.truncatedTo(ChronoUnit.MICROS)));
        assertThat(export.records()).anySatisfy((record) -> assertThat(record.fields())
            .containsEntry("sender_control_ref", Samples.controlReference(event)));
        AuditExports.assertVerifies(export);
    }

    @Test
    void theVerifierJarRunsOnItsOwnAndNamesTheFirstTamperedRecord(@TempDir Path dir) throws Exception {
        sendEvent();
        byte[] json = get("/actuator/audit/export");
        Path honest = Files.write(dir.resolve("export.json"), json);
        assertThat(runVerifier(honest)).startsWith("VERIFIED");
        ExportDocument export = ExportDocument.read(new ByteArrayInputStream(json));
        List<ExportDocument.Record> records = new ArrayList<>(export.records());
        int victim = records.size() / 2;
        ExportDocument.Record record = records.get(victim);
        var fields = new LinkedHashMap<>(record.fields());
        fields.put("receiver", "PF01");
        records.set(victim,
                new ExportDocument.Record(record.seq(), record.format(), record.previousHash(), record.hash(), fields));
        Path tampered = dir.resolve("tampered.json");
        try (var out = Files.newOutputStream(tampered)) {
            new ExportDocument(export.format(), export.exportedAt(), export.from(), export.to(), export.anchor(),
                    records, export.checkpoints(), export.seal())
                .write(out);
        }
        assertThat(runVerifier(tampered)).startsWith("NOT VERIFIED: first bad record " + record.seq() + ":");
    }

    @Test
    void searchesByCaseControlReferencePartyAndOutcomeAndAuditsTheSearch() throws Exception {
        Document event = sendEvent();
        String reference = Samples.controlReference(event);
        this.deliveries.awaitFinal(reference, Duration.ofSeconds(15));
        String byReference = new String(get("/actuator/audit/search?controlReference=" + reference));
        assertThat(byReference).contains("INTERCHANGE_ACCEPTED").contains("DELIVERED").doesNotContain("D100002");
        String refused = new String(get("/actuator/audit/search?party=N00&outcome=ACCEPTED&limit=5"));
        assertThat(refused).contains("\"outcome\":\"ACCEPTED\"").doesNotContain("\"outcome\":\"REJECTED\"");
        assertThat(new String(get("/actuator/audit/search?crn=D100001&limit=3"))).contains("D100001");
        for (String bad : List.of("crn=D100001%0D%0Aforged", "party=%24%7Bjndi%3Aldap%3A%2F%2Fx%7D", "outcome=LOST",
                "controlReference=12ab")) {
            assertThat(AuditExports.request(this.managementPort, "/actuator/audit/search?" + bad).statusCode()).as(bad)
                .isEqualTo(400);
        }
        assertThat(this.audit.since(this.auditMark, "AUDIT_SEARCHED"))
            .extracting((record) -> record.get("reason_detail"))
            .satisfiesExactly(
                    (detail) -> assertThat((String) detail).startsWith("controlReference=" + reference + " found "),
                    (detail) -> assertThat((String) detail).startsWith("party=N00 outcome=ACCEPTED found "),
                    (detail) -> assertThat(detail).isEqualTo("crn=D100001 found 3"));

    }

    private Document sendEvent() throws Exception {
        Document event = Samples.fresh("0-9-14/valid/event.xml");
        assertThat(client(ExampleParty.N00).send(event, SigningOptions.strict()).accepted()).isTrue();
        return event;
    }

    private void awaitCheckpointWithToken() {
        Awaitility.await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> export().checkpoints().stream().anyMatch((checkpoint) -> checkpoint.timestampToken() != null));
    }

    private ExportDocument export() throws Exception {
        return AuditExports.export(this.managementPort);
    }

    private byte[] get(String path) throws Exception {
        return AuditExports.get(this.managementPort, path);
    }

    /**
     * The verifier jar, as an auditor runs it: a process of its own, given only the
     * export and the certificate.
     */
    private static String runVerifier(Path export) throws Exception {
        Path jar;
        try (var jars = Files.list(Path.of("..", "audit", "target"))) {
            jar = jars.filter((file) -> file.getFileName().toString().endsWith("-verifier.jar"))
                .findFirst()
                .orElseThrow();
        }
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), export.toString(), TestPki.layout().certificate("gateway-audit").toString())
            .redirectErrorStream(true)
            .start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(output.startsWith("VERIFIED") ? 0 : 1);
        return output;
    }

}
