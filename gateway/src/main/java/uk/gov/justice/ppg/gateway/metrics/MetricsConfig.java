package uk.gov.justice.ppg.gateway.metrics;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;

import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.checks.CheckRequests;
import uk.gov.justice.ppg.gateway.config.GatewayProperties;
import uk.gov.justice.ppg.gateway.partner.PartnerDirectoryHolder;
import uk.gov.justice.ppg.gateway.store.Tracking;

/** The gateway's business metrics (docs/metrics.md). */
@Configuration(proxyBeanMethods = false)
class MetricsConfig {

    @Bean
    EventCounters eventCounters(MeterRegistry meters, AuditTrail audit) {
        EventCounters counters = new EventCounters(meters);
        audit.onCommitted(counters::count);
        return counters;
    }

    @Bean
    StateGauges stateGauges(Tracking tracking, CheckRequests checks, PartnerDirectoryHolder directory, Clock clock,
            MeterRegistry meters) {
        return new StateGauges(tracking, checks, directory, clock, meters);
    }

    /**
     * The gauges read at once at start, then every {@code gateway.housekeeping.gauges}.
     */
    @Bean
    SchedulingConfigurer gaugeRefresh(StateGauges gauges, GatewayProperties properties) {
        Duration every = properties.housekeeping().gauges();
        return (tasks) -> tasks.addFixedDelayTask(new FixedDelayTask(gauges::refresh, every, Duration.ZERO));
    }

}
