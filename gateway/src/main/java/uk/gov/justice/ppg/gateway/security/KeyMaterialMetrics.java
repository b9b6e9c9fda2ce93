package uk.gov.justice.ppg.gateway.security;

import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.function.Supplier;

import javax.security.auth.x500.X500Principal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * When key material runs out, as gauges read at each scrape:
 * {@code gateway.certificate.expiry{certificate, use}} in days until a certificate's
 * {@code notAfter} (the gateway's TLS, signing and audit certificates, and every CA the
 * trust store holds), and {@code gateway.revocation.next.update{issuer}} in seconds until
 * a CRL's {@code nextUpdate} (negative once it is stale: every certificate check of that
 * issuer then fails closed, GW-017).
 */
final class KeyMaterialMetrics implements MeterBinder {

    private final Supplier<Map<String, KeyStore>> gatewayStores;

    private final Supplier<TrustMaterial> trust;

    private final Clock clock;

    KeyMaterialMetrics(Supplier<Map<String, KeyStore>> gatewayStores, Supplier<TrustMaterial> trust, Clock clock) {
        this.gatewayStores = gatewayStores;
        this.trust = trust;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        this.gatewayStores.get().forEach((use, store) -> {
            try {
                for (String alias : Collections.list(store.aliases())) {
                    if (store.getCertificate(alias) instanceof X509Certificate certificate) {
                        String name = CertificateNames.commonName(certificate.getSubjectX500Principal().getName());
                        Gauge.builder("gateway.certificate.expiry", () -> daysLeft(use, name))
                            .description("days until the certificate expires")
                            .baseUnit("days")
                            .tag("certificate", name)
                            .tag("use", use)
                            .register(meters);
                    }
                }
            }
            catch (KeyStoreException ex) {
                throw new IllegalStateException("cannot read the " + use + " key store", ex);
            }
        });
        this.trust.get().anchors().forEach((certificate) -> expiry(meters, certificate, "trust"));
        this.trust.get().intermediates().forEach((certificate) -> expiry(meters, certificate, "trust"));
        for (X509CRL crl : this.trust.get().crls()) {
            if (crl.getNextUpdate() == null) {
                continue;
            }
            X500Principal issuer = crl.getIssuerX500Principal();
            Gauge.builder("gateway.revocation.next.update", () -> secondsToNextUpdate(issuer))
                .description("seconds until the CRL's nextUpdate; negative when stale")
                .baseUnit("seconds")
                .tag("issuer", CertificateNames.commonName(crl.getIssuerX500Principal().getName()))
                .register(meters);
        }
    }

    /**
     * Seconds to the next update of the issuer's CRL in use: after a reload, the new
     * one's.
     */
    private double secondsToNextUpdate(X500Principal issuer) {
        for (X509CRL crl : this.trust.get().crls()) {
            if (crl.getIssuerX500Principal().equals(issuer) && crl.getNextUpdate() != null) {
                return seconds(this.clock.instant(), crl.getNextUpdate().toInstant());
            }
        }
        return Double.NaN;
    }

    /**
     * Days left of the certificate in use under that name: after a key store is replaced,
     * the replacement's.
     */
    private double daysLeft(String use, String name) {
        KeyStore store = this.gatewayStores.get().get(use);
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.getCertificate(alias) instanceof X509Certificate certificate
                        && name.equals(CertificateNames.commonName(certificate.getSubjectX500Principal().getName()))) {
                    return seconds(this.clock.instant(), certificate.getNotAfter().toInstant()) / 86_400.0;
                }
            }
        }
        catch (KeyStoreException ex) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    private void expiry(MeterRegistry meters, X509Certificate certificate, String use) {
        Instant notAfter = certificate.getNotAfter().toInstant();
        Gauge.builder("gateway.certificate.expiry", () -> seconds(this.clock.instant(), notAfter) / 86_400.0)
            .description("days until the certificate expires")
            .baseUnit("days")
            .tag("certificate", CertificateNames.commonName(certificate.getSubjectX500Principal().getName()))
            .tag("use", use)
            .register(meters);
    }

    private static double seconds(Instant now, Instant then) {
        return Duration.between(now, then).toMillis() / 1000.0;
    }

}
