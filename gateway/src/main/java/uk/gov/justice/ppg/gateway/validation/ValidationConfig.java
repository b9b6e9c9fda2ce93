package uk.gov.justice.ppg.gateway.validation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.justice.ppg.gateway.partner.PartnerDirectoryHolder;

/** Interchange validation against each partner's pinned schema version. */
@Configuration(proxyBeanMethods = false)
class ValidationConfig {

    @Bean
    InterchangeValidation interchangeValidation(PartnerDirectoryHolder directory) {
        return new InterchangeValidation(directory);
    }

}
