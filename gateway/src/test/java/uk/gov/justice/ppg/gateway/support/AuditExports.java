package uk.gov.justice.ppg.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Optional;

import uk.gov.justice.ppg.audit.ExportDocument;
import uk.gov.justice.ppg.audit.ExportVerifier;

/**
 * Takes audit exports from a gateway's management port and verifies them as an auditor
 * would.
 */
public final class AuditExports {

    private AuditExports() {
    }

    /** GETs {@code path} on the management port; asserts HTTP 200. */
    public static byte[] get(int managementPort, String path) throws Exception {
        HttpResponse<byte[]> response = request(managementPort, path);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** GETs {@code path} on the management port. */
    public static HttpResponse<byte[]> request(int managementPort, String path) throws Exception {
        return HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The whole log, exported. */
    public static ExportDocument export(int managementPort) throws Exception {
        return ExportDocument.read(new ByteArrayInputStream(get(managementPort, "/actuator/audit/export")));
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

}
