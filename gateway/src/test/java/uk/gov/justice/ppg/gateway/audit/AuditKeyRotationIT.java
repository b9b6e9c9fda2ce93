package uk.gov.justice.ppg.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.audit.AuditSigner;
import uk.gov.justice.ppg.audit.ExportDocument;
import uk.gov.justice.ppg.audit.ExportVerifier;
import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.certs.PkiLayout;
import uk.gov.justice.ppg.gateway.support.AuditExports;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.gateway.support.TestPki;
import uk.gov.justice.ppg.tools.client.SigningOptions;

/**
 * The audit key rotated while the gateway runs, in a context of its own with its own copy
 * of the audit key store: checkpoints before the rotation name the old key, those after
 * it the new one; an export spanning both verifies with the history of audit certificates
 * (in process and by the verifier jar given one PEM holding both), and not with either
 * certificate alone.
 */
class AuditKeyRotationIT extends GatewayIT {

    private static final PkiLayout PKI = TestPki.layout();

    private static final Path AUDIT_STORE = copyOfTheAuditKeyStore();

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private AuditExporter exporter;

    @DynamicPropertySource
    static void ownAuditKey(DynamicPropertyRegistry registry) {
        GatewayIT.ownStores(registry);
        registry.add("gateway.pki.audit-key-store", AUDIT_STORE::toString);
        registry.add("gateway.housekeeping.key-material", () -> "500ms");
    }

    @Test
    void checkpointsNameTheirKeySoAnExportAcrossARotationVerifiesWithTheCertificateHistory() throws Exception {
        X509Certificate before = certificate("gateway-audit");
        X509Certificate after = certificate("gateway-audit-next");
        send();
        awaitCheckpointBy(before);
        Files.copy(PKI.keyStore("gateway-audit-next"), AUDIT_STORE, StandardCopyOption.REPLACE_EXISTING);
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            send();
            assertThat(checkpointsBy(after)).as("checkpoints by the new key").isPositive();
        });

        ExportDocument export = AuditExports.export(this.exporter);
        assertThat(export.seal().keyId()).isEqualTo(AuditSigner.keyId(after));
        ExportVerifier.Verdict both = ExportVerifier.verify(export, List.of(before, after), Optional.empty());
        assertThat(both.verified()).as(both.problem()).isTrue();
        ExportVerifier.Verdict newOnly = ExportVerifier.verify(export, List.of(after), Optional.empty());
        assertThat(newOnly.verified()).isFalse();
        assertThat(newOnly.problem()).contains("whose certificate was not given");
        assertThat(ExportVerifier.verify(export, List.of(before), Optional.empty()).verified())
            .as("sealed by the new key")
            .isFalse();

        Path exported = Files.createTempFile("export", ".json");
        Files.write(exported, AuditExports.bytes(this.exporter, Instant.EPOCH));
        Path history = Files.createTempFile("audit-certificates", ".pem");
        Files.writeString(history, Files.readString(PKI.certificate("gateway-audit"))
                + Files.readString(PKI.certificate("gateway-audit-next")));
        assertThat(AuditExports.runVerifier(exported, history)).startsWith("VERIFIED: ");
        assertThat(AuditExports.runVerifier(exported, PKI.certificate("gateway-audit-next")))
            .startsWith("NOT VERIFIED: ");
    }

    private void send() throws Exception {
        Document event = Samples.fresh("0-9-14/valid/event.xml");
        assertThat(client(ExampleParty.N00).send(event, SigningOptions.strict()).accepted()).isTrue();
    }

    private void awaitCheckpointBy(X509Certificate certificate) {
        Awaitility.await()
            .atMost(Duration.ofSeconds(20))
            .untilAsserted(() -> assertThat(checkpointsBy(certificate)).isPositive());
    }

    private int checkpointsBy(X509Certificate certificate) {
        return this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_checkpoint WHERE key_id = ?", Integer.class,
                AuditSigner.keyId(certificate));
    }

    private static X509Certificate certificate(String name) throws Exception {
        try (InputStream in = Files.newInputStream(PKI.certificate(name))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private static Path copyOfTheAuditKeyStore() {
        try {
            Path copy = dataDirectory().resolve("gateway-audit.p12");
            Files.createDirectories(copy.getParent());
            return Files.copy(PKI.keyStore("gateway-audit"), copy);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
