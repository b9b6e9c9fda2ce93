package uk.gov.justice.ppg.gateway.security;

import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

import uk.gov.justice.ppg.gateway.config.GatewayProperties;

/**
 * Trust, certificate policy, WS-Security verification and the replay cache, whose expired
 * entries are forgotten every {@code gateway.housekeeping.replay-cache}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfig.class);

    private final GatewayProperties properties;

    private final JdbcTemplate jdbc;

    private final Clock clock;

    SecurityConfig(GatewayProperties properties, JdbcTemplate jdbc, Clock clock) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Bean
    TrustReload trustReload() {
        GatewayProperties.Pki pki = this.properties.pki();
        return new TrustReload(pki.trustStore(), pki.crls(), pki.password());
    }

    /**
     * Days to each certificate's expiry and seconds to each CRL's next update, as gauges.
     */
    /**
     * The gateway's TLS, signing and audit key stores, looked at every
     * {@code gateway.housekeeping.key-material} and replaced without a restart (audit
     * checkpoints name the key that made them).
     */
    @Bean
    KeyMaterialReload keyMaterialReload() {
        GatewayProperties.Pki pki = this.properties.pki();
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("tls", pki.tlsKeyStore());
        files.put("signing", pki.signingKeyStore());
        files.put("audit", pki.auditKeyStore());
        return new KeyMaterialReload(files, pki.password(), this.clock);
    }

    @Bean
    SchedulingConfigurer keyMaterialChecks(KeyMaterialReload keys, TrustReload trust) {
        return (tasks) -> tasks.addFixedDelayTask(() -> {
            keys.check();
            trust.check();
        }, this.properties.housekeeping().keyMaterial());
    }

    @Bean
    MeterBinder keyMaterialMetrics(TrustReload trust, KeyMaterialReload keys) {
        return new KeyMaterialMetrics(() -> gatewayStores(keys), trust, this.clock);
    }

    /** Readiness of the same material: {@code keyMaterial} in the readiness group. */
    @Bean
    HealthIndicator keyMaterialHealthIndicator(TrustReload trust, KeyMaterialReload keys) {
        return new KeyMaterialHealth(() -> gatewayStores(keys), trust, this.clock);
    }

    /**
     * Every certificate's expiry, with warnings at 60, 30 and 7 days logged at start and
     * every hour.
     */
    @Bean
    CertificateExpiry certificateExpiry(TrustReload trust, KeyMaterialReload keys, MeterRegistry meters) {
        return new CertificateExpiry(() -> gatewayStores(keys), trust, meters, this.clock);
    }

    @Bean
    SchedulingConfigurer certificateExpiryWarnings(CertificateExpiry expiry) {
        return (tasks) -> tasks.addFixedDelayTask(expiry::warn, Duration.ofHours(1));
    }

    private Map<String, KeyStore> gatewayStores(KeyMaterialReload keys) {
        return new LinkedHashMap<>(keys.stores());
    }

    @Bean
    CertificatePolicy certificatePolicy(TrustReload trust) {
        GatewayProperties.Ocsp ocsp = this.properties.pki().ocsp();
        CertificatePolicy policy = new CertificatePolicy(trust.get(), this.clock,
                new OcspClient(this.clock, ocsp.cacheWindow(), ocsp.timeout()));
        trust.onReplace((replaced) -> policy.use(replaced.get()));
        return policy;
    }

    @Bean
    TimestampPolicy timestampPolicy() {
        GatewayProperties.Security security = this.properties.security();
        return new TimestampPolicy(this.clock, security.timestampTtl(), security.futureSkew(),
                security.legacyTimestampTtl());
    }

    @Bean
    ReplayCache replayCache() {
        return new ReplayCache(this.jdbc, this.clock);
    }

    @Bean
    WsSecurityVerifier wsSecurityVerifier(SigningPartners signers, CertificatePolicy certificates,
            TimestampPolicy timestamps, ReplayCache replays) {
        return new WsSecurityVerifier(signers, certificates, timestamps, replays);
    }

    @Bean
    SchedulingConfigurer replayCachePurge(ReplayCache replays) {
        return (tasks) -> tasks.addFixedDelayTask(() -> purge(replays), this.properties.housekeeping().replayCache());
    }

    private static void purge(ReplayCache replays) {
        try {
            replays.purgeExpired();
        }
        catch (DataAccessException ex) {
            LOG.warn("replay cache purge skipped: database unavailable");
        }
    }

}
