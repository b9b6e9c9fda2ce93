package uk.gov.justice.ppg.gateway.checks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The checks' tables. */
@Configuration(proxyBeanMethods = false)
class ChecksConfig {

    @Bean
    CheckRequests checkRequests(JdbcTemplate jdbc) {
        return new CheckRequests(jdbc);
    }

}
