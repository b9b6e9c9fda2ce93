package uk.gov.justice.ppg.gateway.store;

import java.time.Clock;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.connection.DelegatingConnectionFactory;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.justice.ppg.gateway.config.GatewayProperties;
import uk.gov.justice.ppg.gateway.security.KeyStores;

/** The shared stores, the transaction they join, and the delivery queues. */
@Configuration(proxyBeanMethods = false)
class StoreConfig {

    private static final Logger LOG = LoggerFactory.getLogger(StoreConfig.class);

    @Bean
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
        return new TransactionTemplate(transactions);
    }

    /** Seals payloads at rest under {@code gateway.storage.payload-key} (ADR 0020). */
    @Bean
    PayloadCipher payloadCipher(GatewayProperties properties) {
        GatewayProperties.Pki pki = properties.pki();
        return PayloadCipher.from(KeyStores.load(pki.storageKeyStore(), pki.password()), pki.password().toCharArray(),
                properties.storage().payloadKey());
    }

    @Bean
    InterchangeStore interchangeStore(JdbcTemplate jdbc, PayloadCipher cipher) {
        return new InterchangeStore(jdbc, cipher);
    }

    /**
     * This run of this node, begun before any delivery is stored or consumed; it goes
     * stale after three sweep intervals without a beat.
     */
    @Bean
    Tracking tracking(JdbcTemplate jdbc) {
        return new Tracking(jdbc);
    }

    @Bean
    NodeRuns nodeRuns(JdbcTemplate jdbc, GatewayProperties properties, Clock clock) {
        NodeRuns runs = new NodeRuns(jdbc, properties.nodeId(), properties.housekeeping().sweep().multipliedBy(3));
        try {
            runs.begin(clock.instant());
        }
        catch (DataAccessException ex) {
            LOG.warn("node run not recorded at start (store unavailable); the first beat records it");
        }
        return runs;
    }

    @Bean
    DeliveryStore deliveryStore(JdbcTemplate jdbc, PayloadCipher cipher, NodeRuns runs) {
        return new DeliveryStore(jdbc, cipher, runs);
    }

    @Bean
    UnqueuedMarks unqueuedMarks(DeliveryStore deliveries) {
        return new UnqueuedMarks(deliveries);
    }

    @Bean
    InboxStore inboxStore(JdbcTemplate jdbc) {
        return new InboxStore(jdbc);
    }

    /**
     * Sends in a local JMS transaction synchronised with the database transaction: the
     * broker commits right after the database does, and not at all if the database rolls
     * back. The template has a connection factory of its own, so that a send made while a
     * delivery consumer handles its message (an ISN) does not join the consumer's broker
     * transaction: that one commits only after the route, and a commit rolled back there
     * (a broker failover) lost the ISN's message silently, its row vouched for by a live
     * run. On its own session, a failed commit reaches the sender, which marks the ISN
     * for the recovery sweep (ADR 0034).
     */
    @Bean
    DeliveryQueue deliveryQueue(ConnectionFactory connectionFactory, GatewayProperties properties) {
        DelegatingConnectionFactory own = new DelegatingConnectionFactory();
        own.setTargetConnectionFactory(connectionFactory);
        JmsTemplate jms = new JmsTemplate(own);
        jms.setSessionTransacted(true);
        jms.setDeliveryPersistent(true);
        jms.setExplicitQosEnabled(true);
        return new DeliveryQueue(jms, properties.delivery().queuePrefix());
    }

    /**
     * The embedded broker's settings for the delivery queues: the broker never
     * dead-letters or delays a message by itself (the gateway decides when a delivery is
     * dead, and a redelivery delay would let a later message of the same case overtake),
     * remembers enough delivery ids to drop a re-queued one, and never blocks a sender
     * for want of disk (the gateway refuses first). Only a queue message that stands for
     * no delivery at all is moved, by the gateway, to the dead-letter address. An
     * external broker needs the same address settings (docs/runbook.md).
     */
    @Bean
    ArtemisConfigurationCustomizer deliveryQueueSettings(GatewayProperties properties) {
        return (configuration) -> {
            // The gateway refuses work itself below gateway.storage.min-free-space
            // (GW-063); the broker's own
            // disk limit would instead block producers, holding a partner's request with
            // no answer.
            configuration.setMaxDiskUsage(-1);
            configuration.setIDCacheSize(100_000);
            configuration.setPersistIDCache(true);
            configuration.addAddressSetting(properties.delivery().queuePrefix() + "#",
                    new AddressSettings().setMaxDeliveryAttempts(-1)
                        .setRedeliveryDelay(0)
                        .setAutoCreateQueues(true)
                        .setAutoCreateAddresses(true)
                        .setAutoDeleteQueues(false)
                        .setAutoDeleteAddresses(false));
        };
    }

}
