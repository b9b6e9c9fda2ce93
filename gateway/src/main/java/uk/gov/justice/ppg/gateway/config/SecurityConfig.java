package uk.gov.justice.ppg.gateway.config;

import java.time.Clock;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.justice.ppg.gateway.partner.PartnerDirectoryHolder;
import uk.gov.justice.ppg.gateway.security.CertificatePolicy;
import uk.gov.justice.ppg.gateway.security.ReplayCache;
import uk.gov.justice.ppg.gateway.security.TimestampPolicy;
import uk.gov.justice.ppg.gateway.security.TrustMaterial;
import uk.gov.justice.ppg.gateway.security.WsSecurityVerifier;

/** Trust, certificate policy, WS-Security verification and the replay cache. */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    TrustMaterial trustMaterial(GatewayProperties properties) {
        GatewayProperties.Pki pki = properties.pki();
        return TrustMaterial.load(pki.trustStore(), pki.password().toCharArray(), pki.crls());
    }

    @Bean
    CertificatePolicy certificatePolicy(TrustMaterial trust, Clock clock) {
        return new CertificatePolicy(trust, clock);
    }

    @Bean
    TimestampPolicy timestampPolicy(GatewayProperties properties, Clock clock) {
        return new TimestampPolicy(clock, properties.security().timestampTtl(), properties.security().futureSkew());
    }

    @Bean
    ReplayCache replayCache(JdbcTemplate jdbc, Clock clock) {
        return new ReplayCache(jdbc, clock);
    }

    @Bean
    PartnerDirectoryHolder partnerDirectory(GatewayProperties properties) {
        return new PartnerDirectoryHolder(properties.partnersFile());
    }

    @Bean
    WsSecurityVerifier wsSecurityVerifier(PartnerDirectoryHolder directory, CertificatePolicy certificates,
            TimestampPolicy timestamps, ReplayCache replays, MeterRegistry meters) {
        Counter weakUses = Counter.builder("gateway.signature.weak")
            .description("Signatures accepted under a weak, compatibility-only profile")
            .register(meters);
        return new WsSecurityVerifier(directory, certificates, timestamps, replays, weakUses::increment);
    }

}
