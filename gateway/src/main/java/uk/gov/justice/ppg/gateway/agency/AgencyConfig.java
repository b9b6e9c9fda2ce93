package uk.gov.justice.ppg.gateway.agency;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.justice.ppg.gateway.partner.PartnerDirectoryHolder;

/** The agency channel's parts: who calls, and what it may read. */
@Configuration(proxyBeanMethods = false)
class AgencyConfig {

    @Bean
    Callers agencyCallers(PartnerDirectoryHolder directory) {
        return new Callers(directory);
    }

    @Bean
    MessageStatusQuery messageStatusQuery(JdbcTemplate jdbc) {
        return new MessageStatusQuery(jdbc);
    }

}
