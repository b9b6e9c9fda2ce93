package uk.gov.justice.ppg.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Optional;

import com.fasterxml.jackson.core.JacksonException;

/**
 * The offline verifier:
 * {@code java -jar audit-*-verifier.jar <export.json> <audit-certificate.pem>
 * [<tsa-certificate.pem>]}. Prints the verdict; exits 0 if the export verifies, 1 if it
 * does not, 2 on bad use.
 */
public final class VerifyAuditExport {

    private VerifyAuditExport() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: <export.json> <audit-certificate.pem> [<tsa-certificate.pem>]");
            System.exit(2);
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
        ExportVerifier.Verdict verdict = ExportVerifier.verify(export, certificate(Path.of(args[1])), tsa);
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

    static X509Certificate certificate(Path pem) throws IOException, CertificateException {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

}
