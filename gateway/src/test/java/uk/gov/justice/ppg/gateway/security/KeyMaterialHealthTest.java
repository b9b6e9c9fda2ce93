package uk.gov.justice.ppg.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyStore;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.certs.PkiLayout;
import uk.gov.justice.ppg.gateway.support.TestPki;

/**
 * Readiness of the example PKI's key material: UP now; DOWN once a CRL is past its next
 * update, and once the gateway's TLS certificate has expired.
 */
class KeyMaterialHealthTest {

    private static final PkiLayout PKI = TestPki.layout();

    private static final TrustMaterial TRUST = TrustMaterial.load(PKI.trustStore(), PKI.password(), PKI.crls());

    private static final KeyStore TLS = PKI.load(PKI.tlsKeyStore(ExampleParty.GATEWAY));

    @Test
    void upWithCurrentMaterialDownWithAStaleCrlOrAnExpiredCertificate() throws Exception {
        assertThat(at(Instant.now()).getStatus()).isEqualTo(Status.UP);

        X509CRL crl = TRUST.crls().get(0);
        Health stale = at(crl.getNextUpdate().toInstant().plusSeconds(1));
        assertThat(stale.getStatus()).isEqualTo(Status.DOWN);
        assertThat(stale.getDetails().get("problems").toString()).contains("CRL of ").contains("stale since");

        X509Certificate tls = (X509Certificate) TLS.getCertificate(TLS.aliases().nextElement());
        Health expired = at(tls.getNotAfter().toInstant().plusSeconds(1));
        assertThat(expired.getDetails().get("problems").toString())
            .contains("tls certificate " + ExampleParty.GATEWAY.tlsCommonName() + " expired");
    }

    private static Health at(Instant now) {
        return new KeyMaterialHealth(() -> Map.of("tls", TLS), () -> TRUST, Clock.fixed(now, ZoneOffset.UTC)).health();
    }

}
