package uk.gov.justice.ppg.gateway.logging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The filter that clears each request's log context when the request ends. */
@Configuration(proxyBeanMethods = false)
class LoggingConfig {

    @Bean
    RequestLogContext requestLogContext() {
        return new RequestLogContext();
    }

}
