package uk.gov.justice.ppg.gateway.partner;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import uk.gov.justice.ppg.gateway.security.CertificateNames;

/**
 * Days until each partner certificate expires, as the partners present them: the TLS
 * client certificate and the signing certificate of every interchange that passes
 * authorisation, as {@code gateway.certificate.expiry{certificate, use}} with use
 * {@code partner-tls} or {@code partner-signing} (beside the gateway's own). A node knows
 * a partner's certificates once the partner has sent to it since it started; a rotated
 * certificate with the same name replaces the old one's reading.
 */
public final class PartnerCertificates {

    private final Map<String, Instant> notAfter = new ConcurrentHashMap<>();

    private final MeterRegistry meters;

    private final Clock clock;

    PartnerCertificates(MeterRegistry meters, Clock clock) {
        this.meters = meters;
        this.clock = clock;
    }

    void seen(String use, X509Certificate certificate) {
        String name = CertificateNames.commonName(certificate.getSubjectX500Principal().getName());
        String key = use + " " + name;
        Instant expires = certificate.getNotAfter().toInstant();
        if (this.notAfter.put(key, expires) == null) {
            Gauge
                .builder("gateway.certificate.expiry",
                        () -> Duration.between(this.clock.instant(), this.notAfter.get(key)).toMillis() / 86_400_000.0)
                .description("days until the certificate expires")
                .baseUnit("days")
                .tag("certificate", name)
                .tag("use", use)
                .register(this.meters);
        }
    }

}
