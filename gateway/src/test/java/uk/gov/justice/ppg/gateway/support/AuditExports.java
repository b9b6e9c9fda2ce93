package uk.gov.justice.ppg.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import uk.gov.justice.ppg.audit.ExportDocument;
import uk.gov.justice.ppg.audit.ExportVerifier;
import uk.gov.justice.ppg.gateway.audit.AuditExporter;

/**
 * Takes audit exports from a gateway node and verifies them as an auditor would.
 */
public final class AuditExports {

    private AuditExports() {
    }

    /**
     * The whole log, exported by the node's exporter (what the admin API and the
     * {@code export-audit} command serve), written and read back as the file an auditor
     * gets. The admin API's own export is tested in AdminApiIT.
     */
    public static ExportDocument export(AuditExporter exporter) throws Exception {
        return export(exporter, Instant.EPOCH);
    }

    /** The log from {@code from}, exported and read back. */
    public static ExportDocument export(AuditExporter exporter, Instant from) throws Exception {
        return ExportDocument.read(new ByteArrayInputStream(bytes(exporter, from)));
    }

    /** The export file's bytes. */
    public static byte[] bytes(AuditExporter exporter, Instant from) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(from, Instant.now()).write(out);
        return out.toByteArray();
    }

    /** Verifies with the audit certificate alone; asserts the export verifies. */
    public static void assertVerifies(ExportDocument export) throws Exception {
        ExportVerifier.Verdict verdict = ExportVerifier.verify(export, certificate(), Optional.empty());
        assertThat(verdict.verified()).as(verdict.problem()).isTrue();
    }

    /** The gateway's audit certificate from the example PKI. */
    public static X509Certificate certificate() throws Exception {
        try (var in = Files.newInputStream(TestPki.layout().certificate("gateway-audit"))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    /**
     * The verifier jar, as an auditor runs it: a process of its own, given only an export
     * (or a directory of archives) and the audit certificate; its output.
     */
    public static String runVerifier(Path export) throws Exception {
        return runVerifier(export, TestPki.layout().certificate("gateway-audit"));
    }

    /** As {@link #runVerifier(Path)}, given a PEM of audit certificates. */
    public static String runVerifier(Path export, Path certificates) throws Exception {
        Path jar;
        try (var jars = Files.list(Path.of("..", "audit", "target"))) {
            jar = jars.filter((file) -> file.getFileName().toString().endsWith("-verifier.jar"))
                .findFirst()
                .orElseThrow();
        }
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), export.toString(), certificates.toString())
            .redirectErrorStream(true)
            .start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(output.startsWith("VERIFIED") ? 0 : 1);
        return output;
    }

}
