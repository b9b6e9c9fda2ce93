package uk.gov.justice.ppg.gateway.security;

import java.security.KeyStore;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

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
    TrustMaterial trustMaterial() {
        GatewayProperties.Pki pki = this.properties.pki();
        return TrustMaterial.load(pki.trustStore(), pki.password().toCharArray(), pki.crls());
    }

    /**
     * Days to each certificate's expiry and seconds to each CRL's next update, as gauges.
     */
    @Bean
    MeterBinder keyMaterialMetrics(TrustMaterial trust) {
        return new KeyMaterialMetrics(gatewayStores(), trust, this.clock);
    }

    /** Readiness of the same material: {@code keyMaterial} in the readiness group. */
    @Bean
    HealthIndicator keyMaterialHealthIndicator(TrustMaterial trust) {
        return new KeyMaterialHealth(gatewayStores(), trust, this.clock);
    }

    private Map<String, KeyStore> gatewayStores() {
        GatewayProperties.Pki pki = this.properties.pki();
        Map<String, KeyStore> stores = new LinkedHashMap<>();
        stores.put("tls", KeyStores.load(pki.tlsKeyStore(), pki.password()));
        stores.put("signing", KeyStores.load(pki.signingKeyStore(), pki.password()));
        stores.put("audit", KeyStores.load(pki.auditKeyStore(), pki.password()));
        return stores;
    }

    @Bean
    CertificatePolicy certificatePolicy(TrustMaterial trust) {
        GatewayProperties.Ocsp ocsp = this.properties.pki().ocsp();
        return new CertificatePolicy(trust, this.clock, new OcspClient(this.clock, ocsp.cacheWindow(), ocsp.timeout()));
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
