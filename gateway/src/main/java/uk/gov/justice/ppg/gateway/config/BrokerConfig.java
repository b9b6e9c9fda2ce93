package uk.gov.justice.ppg.gateway.config;

import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded broker's settings for the delivery queues: the broker never dead-letters
 * or delays a message by itself (the gateway decides when a delivery is dead, and a
 * redelivery delay would let a later message of the same case overtake), and remembers
 * enough delivery ids to drop a re-queued one. An external broker needs the same address
 * settings (docs/runbook.md).
 */
@Configuration(proxyBeanMethods = false)
class BrokerConfig {

    @Bean
    ArtemisConfigurationCustomizer deliveryQueueSettings(GatewayProperties properties) {
        return (configuration) -> {
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
