package uk.gov.justice.ppg.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.audit.ArchiveChain;
import uk.gov.justice.ppg.audit.ExportDocument;
import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.support.AuditExports;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.tools.client.SigningOptions;

/**
 * Archives of the disclosure log: two archiving passes with traffic between them write
 * files that chain, from the genesis to the last record archived, and the verifier jar
 * checks the directory as one chain; a missing file, or a record changed in one, is found
 * and named.
 */
class AuditArchiveIT extends GatewayIT {

    @Autowired
    private AuditArchiver archiver;

    @Test
    void archivesChainAcrossFilesAndTheVerifierFindsAMissingOrAlteredOne() throws Exception {
        send();
        List<Path> first = this.archiver.archive(Instant.now());
        send();
        List<Path> second = this.archiver.archive(Instant.now());
        assertThat(first).isNotEmpty();
        assertThat(second).as("the second pass archives only what came after the first").isNotEmpty();
        List<Path> all = new ArrayList<>(first);
        all.addAll(second);
        ArchiveChain.Verdict verdict = ArchiveChain.verify(read(all), AuditExports.certificate(), Optional.empty());
        assertThat(verdict.verified()).as(verdict.problem()).isTrue();
        assertThat(read(List.of(all.get(0))).get(0).anchor().seq()).as("the first archive starts at the genesis")
            .isZero();
        assertThat(AuditExports.runVerifier(all.get(0).getParent())).startsWith("VERIFIED: archive chain of ")
            .contains("1 to " + verdict.lastSeq());

        ArchiveChain.Verdict gap = ArchiveChain.verify(read(all.subList(1, all.size())), AuditExports.certificate(),
                Optional.empty());
        assertThat(gap.verified()).isFalse();
        assertThat(gap.problem()).contains("missing");

        Path last = all.get(all.size() - 1);
        String altered = Files.readString(last).replaceFirst("\"sender\" : \"N00\"", "\"sender\" : \"C00\"");
        assertThat(altered).isNotEqualTo(Files.readString(last));
        Path tampered = Files.createTempDirectory("archives");
        for (Path file : all) {
            Files.copy(file, tampered.resolve(file.getFileName()));
        }
        Files.writeString(tampered.resolve(last.getFileName()), altered);
        assertThat(AuditExports.runVerifier(tampered)).startsWith("NOT VERIFIED: archive from record ");
    }

    private void send() throws Exception {
        Document event = Samples.fresh("0-9-14/valid/event.xml");
        assertThat(client(ExampleParty.N00).send(event, SigningOptions.strict()).accepted()).isTrue();
    }

    private static List<ExportDocument> read(List<Path> files) throws Exception {
        List<ExportDocument> archives = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                archives.add(ExportDocument.read(in));
            }
        }
        return archives;
    }

}
