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

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.audit.ExportDocument;
import uk.gov.justice.ppg.audit.ExportVerifier;
import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.support.AuditExports;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.tools.client.SigningOptions;

/**
 * The disclosure log end to end: records sealed into the chain, checkpoints signed and
 * time-stamped, an export verified offline (in process, and by the verifier jar as its
 * own process), and a tampered export refused with the right record named. The admin
 * API's export and search, and their audit, are tested in AdminApiIT.
 */
class AuditChainIT extends GatewayIT {

    @Autowired
    private AuditExporter exporter;

    @Test
    void anExportVerifiesOfflineWithTheAuditCertificateAndTheTsaCertificate() throws Exception {
        Document event = sendEvent();
        awaitCheckpointWithToken();
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
    }

    @Test
    void anExportOfARangeStartsMidChainHoldsOnlyThatRangeAndVerifies() throws Exception {
        sendEvent();
        Instant from = Instant.now();
        Document event = sendEvent();
        ExportDocument export = AuditExports.export(this.exporter, from);
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
        byte[] json = AuditExports.bytes(this.exporter, Instant.EPOCH);
        Path honest = Files.write(dir.resolve("export.json"), json);
        assertThat(AuditExports.runVerifier(honest)).startsWith("VERIFIED");
        ExportDocument export = ExportDocument.read(new ByteArrayInputStream(json));
        List<ExportDocument.Record> records = new ArrayList<>(export.records());
        int victim = records.size() / 2;
        ExportDocument.Record record = records.get(victim);
        var fields = new LinkedHashMap<>(record.fields());
        // a value it does not already have, whichever record is in the middle
        fields.put("receiver", "PF01".equals(fields.get("receiver")) ? "C21" : "PF01");
        records.set(victim,
                new ExportDocument.Record(record.seq(), record.format(), record.previousHash(), record.hash(), fields));
        Path tampered = dir.resolve("tampered.json");
        try (var out = Files.newOutputStream(tampered)) {
            new ExportDocument(export.format(), export.exportedAt(), export.from(), export.to(), export.anchor(),
                    records, export.checkpoints(), export.seal())
                .write(out);
        }
        assertThat(AuditExports.runVerifier(tampered))
            .startsWith("NOT VERIFIED: first bad record " + record.seq() + ":");
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
        return AuditExports.export(this.exporter);
    }

}
