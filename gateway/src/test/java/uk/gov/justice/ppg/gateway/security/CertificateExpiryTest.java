package uk.gov.justice.ppg.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.certs.PkiLayout;
import uk.gov.justice.ppg.gateway.support.TestPki;

/**
 * Expiry warnings at 60, 30 and 7 days: none for the example PKI today; the right
 * threshold as a certificate's end nears, logged once per threshold; and a partner's
 * certificate, once presented, listed and gauged beside the gateway's own.
 */
class CertificateExpiryTest {

    private static final PkiLayout PKI = TestPki.layout();

    private static final TrustMaterial TRUST = TrustMaterial.load(PKI.trustStore(), PKI.password(), PKI.crls());

    private static final KeyStore TLS = PKI.load(PKI.tlsKeyStore(ExampleParty.GATEWAY));

    @Test
    void warnsAt60And30And7DaysOncePerThresholdAndListsPartnersCertificates() throws Exception {
        X509Certificate tls = (X509Certificate) TLS.getCertificate(TLS.aliases().nextElement());
        Instant end = tls.getNotAfter().toInstant();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();

        assertThat(expiry(Instant.now(), meters).all()).isNotEmpty()
            .allSatisfy((entry) -> assertThat(entry.warning()).as(entry.certificate()).isNull());
        assertThat(warning(end.minus(Duration.ofDays(45)))).isEqualTo(60);
        assertThat(warning(end.minus(Duration.ofDays(20)))).isEqualTo(30);
        assertThat(warning(end.minus(Duration.ofDays(3)))).isEqualTo(7);
        assertThat(warning(end.plus(Duration.ofDays(1)))).isZero();

        CertificateExpiry nearEnd = expiry(end.minus(Duration.ofDays(20)), meters);
        assertThat(nearEnd.warn()).as("logged the first time").isPositive();
        assertThat(nearEnd.warn()).as("not again for the same threshold").isZero();

        X509Certificate c00 = (X509Certificate) PKI.load(PKI.tlsKeyStore(ExampleParty.C00))
            .getCertificate(PKI.load(PKI.tlsKeyStore(ExampleParty.C00)).aliases().nextElement());
        CertificateExpiry now = expiry(Instant.now(), meters);
        now.seen("partner-tls", c00);
        assertThat(now.all()).anySatisfy((entry) -> assertThat(entry.use() + " " + entry.certificate())
            .isEqualTo("partner-tls " + ExampleParty.C00.tlsCommonName()));
        assertThat(meters.get("gateway.certificate.expiry")
            .tags("certificate", ExampleParty.C00.tlsCommonName(), "use", "partner-tls")
            .gauge()
            .value()).isGreaterThan(30);
    }

    private static Integer warning(Instant at) {
        List<CertificateExpiry.Entry> entries = expiry(at, new SimpleMeterRegistry()).all();
        return entries.stream().filter((entry) -> "tls".equals(entry.use())).findFirst().orElseThrow().warning();
    }

    private static CertificateExpiry expiry(Instant at, SimpleMeterRegistry meters) {
        return new CertificateExpiry(() -> Map.of("tls", TLS), () -> TRUST, meters, Clock.fixed(at, ZoneOffset.UTC));
    }

}
