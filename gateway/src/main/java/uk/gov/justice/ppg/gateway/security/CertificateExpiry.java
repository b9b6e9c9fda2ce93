package uk.gov.justice.ppg.gateway.security;

import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When each certificate the gateway relies on expires: its own (as the key stores hold
 * them now), every trusted CA, and each partner certificate as partners present them.
 * Warnings at 60, 30 and 7 days go to the log (once per certificate and threshold), the
 * admin API and so the console; partner certificates are also
 * {@code gateway.certificate.expiry{certificate, use}} gauges, beside the gateway's own.
 */
public final class CertificateExpiry {

    /** The warning thresholds, in days, most distant first. */
    public static final List<Integer> WARN_AT = List.of(60, 30, 7);

    private static final Logger LOG = LoggerFactory.getLogger(CertificateExpiry.class);

    private final Supplier<Map<String, KeyStore>> gatewayStores;

    private final Supplier<TrustMaterial> trust;

    private final MeterRegistry meters;

    private final Clock clock;

    private final Map<Presented, Instant> partners = new ConcurrentHashMap<>();

    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    CertificateExpiry(Supplier<Map<String, KeyStore>> gatewayStores, Supplier<TrustMaterial> trust,
            MeterRegistry meters, Clock clock) {
        this.gatewayStores = gatewayStores;
        this.trust = trust;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * One certificate's expiry.
     *
     * @param use {@code tls}, {@code signing}, {@code audit}, {@code trust},
     * {@code partner-tls} or {@code partner-signing}
     * @param certificate its common name
     * @param notAfter when it expires
     * @param daysLeft whole days until then (negative once expired)
     * @param warning the nearest threshold it is within (60, 30, 7; 0 once expired), or
     * none
     */
    public record Entry(String use, String certificate, Instant notAfter, long daysLeft, Integer warning) {
    }

    /** A partner certificate, by what it was presented for and its common name. */
    private record Presented(String use, String name) {
    }

    /** A partner presented this certificate for {@code use}. */
    public void seen(String use, X509Certificate certificate) {
        String name = name(certificate);
        Presented key = new Presented(use, name);
        if (this.partners.put(key, certificate.getNotAfter().toInstant()) == null) {
            Gauge
                .builder("gateway.certificate.expiry",
                        () -> Duration.between(this.clock.instant(), this.partners.get(key)).toMillis() / 86_400_000.0)
                .description("days until the certificate expires")
                .baseUnit("days")
                .tag("certificate", name)
                .tag("use", use)
                .register(this.meters);
        }
    }

    /** Every certificate known, soonest to expire first. */
    public List<Entry> all() {
        Instant now = this.clock.instant();
        List<Entry> entries = new ArrayList<>();
        this.gatewayStores.get()
            .forEach((use, store) -> certificates(store).forEach((certificate) -> entries
                .add(entry(use, name(certificate), certificate.getNotAfter().toInstant(), now))));
        this.trust.get()
            .anchors()
            .forEach((ca) -> entries.add(entry("trust", name(ca), ca.getNotAfter().toInstant(), now)));
        this.trust.get()
            .intermediates()
            .forEach((ca) -> entries.add(entry("trust", name(ca), ca.getNotAfter().toInstant(), now)));
        this.partners.forEach((key, notAfter) -> entries.add(entry(key.use(), key.name(), notAfter, now)));
        entries.sort(Comparator.comparing(Entry::notAfter));
        return entries;
    }

    /**
     * Logs each certificate that crossed a threshold since it was last told; returns how
     * many it logged.
     */
    public int warn() {
        int logged = 0;
        for (Entry entry : all()) {
            if (entry.warning() != null
                    && this.warned.add(entry.use() + " " + entry.certificate() + " " + entry.warning())) {
                logged++;
                LOG.warn("certificate {} ({}) expires in {} days, at {}: warning at {} days", entry.certificate(),
                        entry.use(), entry.daysLeft(), entry.notAfter(), entry.warning());
            }
        }
        return logged;
    }

    private static String name(X509Certificate certificate) {
        return CertificateNames.commonName(certificate.getSubjectX500Principal().getName());
    }

    private static Entry entry(String use, String name, Instant notAfter, Instant now) {
        long days = Math.floorDiv(Duration.between(now, notAfter).toHours(), 24);
        Integer warning = null;
        for (int threshold : WARN_AT) {
            warning = (days < threshold) ? Integer.valueOf(threshold) : warning;
        }
        if (days < 0) {
            warning = 0;
        }
        return new Entry(use, name, notAfter, days, warning);
    }

    private static List<X509Certificate> certificates(KeyStore store) {
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.getCertificate(alias) instanceof X509Certificate certificate) {
                    certificates.add(certificate);
                }
            }
        }
        catch (KeyStoreException ex) {
            LOG.error("a key store could not be read for certificate expiry ({})", ex.getClass().getSimpleName());
        }
        return certificates;
    }

}
