package uk.gov.justice.ppg.gateway.agency;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.partner.PartnerDirectoryHolder;

/**
 * The agency channel's parts: who calls, what it may read, and how refusals are recorded.
 */
@Configuration(proxyBeanMethods = false)
class AgencyConfig {

    @Bean
    Callers agencyCallers(PartnerDirectoryHolder directory) {
        return new Callers(directory);
    }

    @Bean
    ApiRefusals apiRefusals(AuditTrail audit, MeterRegistry meters) {
        return new ApiRefusals(audit,
                Counter.builder("gateway.audit.refusal.unrecorded")
                    .description("refusals whose audit record could not be written")
                    .register(meters));
    }

    @Bean
    MessageStatusQuery messageStatusQuery(JdbcTemplate jdbc) {
        return new MessageStatusQuery(jdbc);
    }

}
