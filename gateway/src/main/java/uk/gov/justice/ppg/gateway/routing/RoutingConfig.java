package uk.gov.justice.ppg.gateway.routing;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.config.GatewayProperties;
import uk.gov.justice.ppg.gateway.partner.PartnerDirectoryHolder;

/** Who receives what: the case-responsibility register and the delivery planner. */
@Configuration(proxyBeanMethods = false)
class RoutingConfig {

    @Bean
    CaseRegister caseRegister(JdbcTemplate jdbc) {
        return new CaseRegister(jdbc);
    }

    @Bean
    RegisterImport registerImport(CaseRegister register, PartnerDirectoryHolder directory, AuditTrail audit,
            TransactionTemplate transactions, Clock clock) {
        return new RegisterImport(register, directory, audit, transactions, clock);
    }

    @Bean
    DeliveryPlanner deliveryPlanner(PartnerDirectoryHolder directory, CaseRegister register, Clock clock,
            GatewayProperties properties) {
        return new DeliveryPlanner(directory, register, clock, properties.delivery().graceWindow());
    }

}
