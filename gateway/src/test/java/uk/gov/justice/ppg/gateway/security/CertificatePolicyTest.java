package uk.gov.justice.ppg.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static uk.gov.justice.ppg.gateway.support.Failures.codeOf;

import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.justice.ppg.certs.PkiLayout;
import uk.gov.justice.ppg.gateway.support.TestPki;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;

/**
 * Each bad certificate of the example PKI is refused for its own reason; a clock change
 * is honoured.
 */
class CertificatePolicyTest {

    private static final PkiLayout PKI = TestPki.layout();

    private final TrustMaterial trust = TrustMaterial.load(PKI.trustStore(), PKI.password(), PKI.crls());

    private final CertificatePolicy policy = new CertificatePolicy(this.trust, Clock.systemUTC());

    @Test
    void acceptsEveryGoodCertificate() {
        for (String good : new String[] { "n00-signing", "n00-tls", "mtc-signing", "gateway-tls" }) {
            assertThatCode(() -> this.policy.check(certificate(good))).as(good).doesNotThrowAnyException();
        }
    }

    @Test
    void refusesEachBadCertificateForItsReason() {
        assertThat(codeOf(() -> this.policy.check(certificate("n00-signing-untrusted"))))
            .isEqualTo(GatewayErrorCode.CERTIFICATE_UNTRUSTED);
        assertThat(codeOf(() -> this.policy.check(certificate("n00-signing-expired"))))
            .isEqualTo(GatewayErrorCode.CERTIFICATE_NOT_VALID_NOW);
        assertThat(codeOf(() -> this.policy.check(certificate("n00-signing-not-yet-valid"))))
            .isEqualTo(GatewayErrorCode.CERTIFICATE_NOT_VALID_NOW);
        assertThat(codeOf(() -> this.policy.check(certificate("n00-signing-revoked"))))
            .isEqualTo(GatewayErrorCode.CERTIFICATE_REVOKED);
        assertThat(codeOf(() -> this.policy.check(certificate("n00-signing-rsa1024"))))
            .isEqualTo(GatewayErrorCode.CERTIFICATE_WEAK);
        assertThat(codeOf(() -> this.policy.check(certificate("n00-signing-sha1"))))
            .isEqualTo(GatewayErrorCode.CERTIFICATE_WEAK);
    }

    @Test
    void judgesByItsOwnClockSoAGoodCertificateExpiresOnTime() {
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofDays(800));
        CertificatePolicy inTwoYears = new CertificatePolicy(this.trust, later);
        assertThat(codeOf(() -> inTwoYears.check(certificate("n00-signing"))))
            .isEqualTo(GatewayErrorCode.CERTIFICATE_NOT_VALID_NOW);
    }

    @Test
    void failsClosedWithoutACurrentRevocationList() {
        TrustMaterial noCrls = new TrustMaterial(this.trust.anchors(), this.trust.intermediates(), List.of());
        assertThat(codeOf(() -> new CertificatePolicy(noCrls, Clock.systemUTC()).check(certificate("n00-signing"))))
            .isEqualTo(GatewayErrorCode.CERTIFICATE_REVOKED);
    }

    static X509Certificate certificate(String store) {
        try {
            KeyStore keyStore = PKI.load(PKI.keyStore(store));
            return (X509Certificate) keyStore.getCertificate(keyStore.aliases().nextElement());
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

}
