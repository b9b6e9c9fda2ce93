package uk.gov.justice.ppg.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.justice.ppg.gateway.support.TestOcsp;
import uk.gov.justice.ppg.routes.error.GatewayException;

/**
 * The trust store and CRLs replaced on disk while the gateway runs: a newer CRL that
 * revokes a certificate is taken and the policy refuses it at once (no restart, nothing
 * remembered); a file that does not load, and a CRL older than the one in use (a
 * rollback), are refused and the trust in use stays.
 */
class TrustReloadTest {

    private static final TestOcsp PKI = TestOcsp.start();

    private static final String PASSWORD = "trust-reload-test";

    @TempDir
    private Path directory;

    @AfterAll
    static void stop() {
        PKI.close();
    }

    @Test
    void aNewerCrlIsTakenAtOnceWhileABrokenOrOlderOneIsRefused() throws Exception {
        Path trustStore = this.directory.resolve("trust.p12");
        Path crls = this.directory.resolve("crls.pem");
        PKI.writeTrustStore(trustStore, PASSWORD.toCharArray());
        String first = TestOcsp.pem(PKI.crls());
        Files.writeString(crls, first);
        TrustReload trust = new TrustReload(trustStore, crls, PASSWORD);
        CertificatePolicy policy = new CertificatePolicy(trust.get(), Clock.systemUTC(),
                new OcspClient(Clock.systemUTC(), Duration.ofHours(1), Duration.ofSeconds(2)));
        AtomicInteger replaced = new AtomicInteger();
        trust.onReplace((reload) -> {
            replaced.incrementAndGet();
            policy.use(reload.get());
        });
        X509Certificate certificate = PKI.issue("crl-reload.ocsp.example");
        assertThatCode(() -> policy.check(certificate)).doesNotThrowAnyException();

        Thread.sleep(1100);
        Files.writeString(crls, TestOcsp.pem(PKI.crls(certificate)));
        trust.check();
        assertThat(replaced).hasValue(1);
        assertThat(codeOf(policy, certificate)).as("revoked by the new CRL, without a restart").isEqualTo("GW-017");

        Files.writeString(crls, "-----BEGIN X509 CRL-----\nnot a CRL\n-----END X509 CRL-----\n");
        trust.check();
        Files.writeString(crls, first);
        trust.check();
        assertThat(replaced).as("neither a broken file nor an older CRL replaces the trust").hasValue(1);
        assertThat(codeOf(policy, certificate)).isEqualTo("GW-017");
    }

    private static String codeOf(CertificatePolicy policy, X509Certificate certificate) {
        try {
            policy.check(certificate);
            return "accepted";
        }
        catch (GatewayException ex) {
            return ex.code().code();
        }
    }

}
