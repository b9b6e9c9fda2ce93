package uk.gov.justice.ppg.gateway.config;

import java.time.Clock;

import jakarta.jms.ConnectionFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.justice.ppg.gateway.accept.DeliveryQueue;
import uk.gov.justice.ppg.gateway.accept.InterchangeStore;
import uk.gov.justice.ppg.gateway.audit.AuditTrail;

/** The database stores and the delivery queues. */
@Configuration(proxyBeanMethods = false)
class StorageConfig {

    @Bean
    AuditTrail auditTrail(JdbcTemplate jdbc, Clock clock, GatewayProperties properties) {
        return new AuditTrail(jdbc, clock, properties.nodeId());
    }

    @Bean
    InterchangeStore interchangeStore(JdbcTemplate jdbc) {
        return new InterchangeStore(jdbc);
    }

    @Bean
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
        return new TransactionTemplate(transactions);
    }

    /**
     * Sends in a local JMS transaction synchronised with the database transaction: the
     * broker commits right after the database does, and not at all if the database rolls
     * back.
     */
    @Bean
    DeliveryQueue deliveryQueue(ConnectionFactory connectionFactory, GatewayProperties properties) {
        JmsTemplate jms = new JmsTemplate(connectionFactory);
        jms.setSessionTransacted(true);
        jms.setDeliveryPersistent(true);
        jms.setExplicitQosEnabled(true);
        return new DeliveryQueue(jms, properties.delivery().queuePrefix());
    }

}
