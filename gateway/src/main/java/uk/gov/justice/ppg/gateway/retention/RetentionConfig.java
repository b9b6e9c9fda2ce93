package uk.gov.justice.ppg.gateway.retention;

import java.time.Clock;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.config.GatewayProperties;
import uk.gov.justice.ppg.gateway.store.InterchangeStore;

/**
 * Payload retention ({@code gateway.storage.payload-retention}, default 30 days), purged
 * every {@code gateway.housekeeping.retention}, counted as
 * {@code gateway.payload.purged}.
 */
@Configuration(proxyBeanMethods = false)
class RetentionConfig {

    @Bean
    PayloadRetention payloadRetention(InterchangeStore interchanges, AuditTrail audit, TransactionTemplate transactions,
            MeterRegistry meters, Clock clock, GatewayProperties properties) {
        return new PayloadRetention(interchanges, audit, transactions,
                Counter.builder("gateway.payload.purged")
                    .description("payloads purged after their retention")
                    .register(meters),
                clock, properties.storage().payloadRetention());
    }

    @Bean
    SchedulingConfigurer retentionSchedule(PayloadRetention retention, GatewayProperties properties) {
        return (tasks) -> tasks.addFixedDelayTask(new FixedDelayTask(retention::purgeDue,
                properties.housekeeping().retention(), properties.housekeeping().retention()));
    }

}
