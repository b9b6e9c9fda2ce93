package uk.gov.justice.ppg.gateway.memory;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.justice.ppg.gateway.config.GatewayProperties;

/**
 * The node's one {@link PayloadBudget}, and the gauges of what it holds:
 * {@code gateway.payload.budget.held} and {@code .capacity}, in bytes.
 */
@Configuration(proxyBeanMethods = false)
class MemoryConfig {

    @Bean
    PayloadBudget payloadBudget(GatewayProperties properties, MeterRegistry meters) {
        GatewayProperties.Large large = properties.inbound().large();
        PayloadBudget budget = new PayloadBudget(large.threshold().toBytes(), large.budget().toBytes());
        Gauge.builder("gateway.payload.budget.held", budget, PayloadBudget::heldBytes)
            .description("Bytes of large payloads this node holds now, intake and delivery together")
            .baseUnit("bytes")
            .register(meters);
        Gauge.builder("gateway.payload.budget.capacity", budget, PayloadBudget::capacityBytes)
            .description("Bytes of large payloads this node may hold at once (gateway.inbound.large.budget)")
            .baseUnit("bytes")
            .register(meters);
        return budget;
    }

}
