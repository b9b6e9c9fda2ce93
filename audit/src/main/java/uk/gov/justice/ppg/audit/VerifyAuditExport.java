package uk.gov.justice.ppg.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JacksonException;

/**
 * The offline verifier:
 * {@code java -jar audit-*-verifier.jar <export.json> <audit-certificates.pem>
 * [<tsa-certificate.pem>]} (the PEM may hold every audit certificate the gateway has
 * used: each checkpoint and seal is checked with the one it names), or with a directory
 * of archives in place of the export, the whole archive chain ({@link ArchiveChain}).
 * Prints the verdict; exits 0 if it verifies, 1 if it does not, 2 on bad use.
 */
public final class VerifyAuditExport {

    private VerifyAuditExport() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: <export.json> <audit-certificate.pem> [<tsa-certificate.pem>]");
            System.exit(2);
        }
        if (Files.isDirectory(Path.of(args[0]))) {
            System.exit(verifyArchives(Path.of(args[0]), args));
            return;
        }
        ExportDocument export;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            export = ExportDocument.read(in);
        }
        catch (JacksonException ex) {
            System.out.println("NOT VERIFIED: first bad record 1: the export is not a readable " + ExportDocument.FORMAT
                    + " document");
            System.exit(1);
            return;
        }
        Optional<X509Certificate> tsa = (args.length > 2) ? Optional.of(certificate(Path.of(args[2])))
                : Optional.empty();
        ExportVerifier.Verdict verdict = ExportVerifier.verify(export, certificates(Path.of(args[1])), tsa);
        if (verdict.verified()) {
            System.out.println("VERIFIED: " + verdict.records() + " records, chain " + (export.anchor().seq() + 1)
                    + " to " + export.seal().last().seq() + ", range " + export.from() + " to " + export.to()
                    + ", exported " + export.exportedAt() + "; " + verdict.checkpoints() + " checkpoints"
                    + (tsa.isPresent() ? ", " + verdict.timestamped() + " time-stamped by the TSA" : ""));
            System.exit(0);
        }
        System.out
            .println("NOT VERIFIED: first bad record " + verdict.firstBadSeq().orElse(-1L) + ": " + verdict.problem());
        System.exit(1);
    }

    /** Verifies every {@code audit-archive-*.json} in the directory as one chain. */
    private static int verifyArchives(Path directory, String[] args) throws IOException, CertificateException {
        List<ExportDocument> archives = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "audit-archive-*.json")) {
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    archives.add(ExportDocument.read(in));
                }
                catch (JacksonException ex) {
                    System.out.println("NOT VERIFIED: " + file.getFileName() + " is not a readable archive");
                    return 1;
                }
            }
        }
        Optional<X509Certificate> tsa = (args.length > 2) ? Optional.of(certificate(Path.of(args[2])))
                : Optional.empty();
        ArchiveChain.Verdict verdict = ArchiveChain.verify(archives, certificates(Path.of(args[1])), tsa);
        if (verdict.verified()) {
            System.out.println("VERIFIED: archive chain of " + verdict.files() + " files, " + verdict.records()
                    + " records, 1 to " + verdict.lastSeq());
            return 0;
        }
        System.out.println("NOT VERIFIED: " + verdict.problem());
        return 1;
    }

    static X509Certificate certificate(Path pem) throws IOException, CertificateException {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    /**
     * Every certificate in the PEM file: the history of the gateway's audit keys, one
     * after another, so exports and archives made before a rotation verify too.
     */
    static List<X509Certificate> certificates(Path pem) throws IOException, CertificateException {
        List<X509Certificate> certificates = new ArrayList<>();
        try (InputStream in = Files.newInputStream(pem)) {
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certificates.add((X509Certificate) certificate);
            }
        }
        return certificates;
    }

}
