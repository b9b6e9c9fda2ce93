package uk.gov.justice.ppg.gateway.security;

import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Readiness of the key material ({@code keyMaterial} in the readiness group): DOWN once a
 * key store cannot be read, one of the gateway's own certificates (TLS, signing, audit)
 * has expired, or a CRL is past its {@code nextUpdate}, since every certificate check of
 * its issuer then fails closed (GW-017) and the node could accept nothing.
 */
final class KeyMaterialHealth implements HealthIndicator {

    private final Supplier<Map<String, KeyStore>> gatewayStores;

    private final Supplier<TrustMaterial> trust;

    private final Clock clock;

    KeyMaterialHealth(Supplier<Map<String, KeyStore>> gatewayStores, Supplier<TrustMaterial> trust, Clock clock) {
        this.gatewayStores = gatewayStores;
        this.trust = trust;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Instant now = this.clock.instant();
        List<String> problems = new ArrayList<>();
        Instant soonest = Instant.MAX;
        for (Map.Entry<String, KeyStore> store : this.gatewayStores.get().entrySet()) {
            try {
                for (String alias : Collections.list(store.getValue().aliases())) {
                    if (store.getValue().getCertificate(alias) instanceof X509Certificate certificate) {
                        Instant notAfter = certificate.getNotAfter().toInstant();
                        soonest = notAfter.isBefore(soonest) ? notAfter : soonest;
                        if (notAfter.isBefore(now)) {
                            problems.add(store.getKey() + " certificate "
                                    + CertificateNames.commonName(certificate.getSubjectX500Principal().getName())
                                    + " expired");
                        }
                    }
                }
            }
            catch (KeyStoreException ex) {
                problems.add(store.getKey() + " key store unreadable");
            }
        }
        for (X509CRL crl : this.trust.get().crls()) {
            if (crl.getNextUpdate() != null && crl.getNextUpdate().toInstant().isBefore(now)) {
                problems.add("CRL of " + CertificateNames.commonName(crl.getIssuerX500Principal().getName())
                        + " stale since " + crl.getNextUpdate().toInstant());
            }
        }
        Health.Builder health = problems.isEmpty() ? Health.up() : Health.down().withDetail("problems", problems);
        return health.withDetail("firstGatewayCertificateExpiry", soonest.toString())
            .withDetail("revocationLists", this.trust.get().crls().size())
            .build();
    }

}
