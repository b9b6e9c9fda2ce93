package uk.gov.justice.ppg.gateway.retention;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
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
 * {@code gateway.payload.purged}; and the embedded database file's sparse chunks
 * rewritten every {@code gateway.housekeeping.compaction}, timed as
 * {@code gateway.storage.compaction}.
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
    FileCompaction fileCompaction(DataSource dataSource, MeterRegistry meters, GatewayProperties properties) {
        FileCompaction compaction = new FileCompaction(dataSource, FileCompaction.RETENTION_MILLIS,
                Timer.builder("gateway.storage.compaction")
                    .description("rewrites of sparse chunks of the embedded database file")
                    .register(meters));
        Gauge.builder("gateway.storage.file.size", compaction, FileCompaction::fileSize)
            .description("size of the embedded database file")
            .baseUnit("bytes")
            .register(meters);
        Gauge.builder("gateway.storage.file.live", compaction, FileCompaction::livePercent)
            .description("share of the embedded database file holding live data")
            .baseUnit("percent")
            .register(meters);
        return compaction;
    }

    /**
     * On a thread of its own: the shared scheduler, busy with the sweep and sealing, ran
     * it seldom.
     */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService compactionSchedule(FileCompaction compaction, GatewayProperties properties) {
        ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor((task) -> {
            Thread thread = new Thread(task, "file-compaction");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.housekeeping().compaction().toMillis();
        schedule.scheduleWithFixedDelay(compaction::compact, every, every, TimeUnit.MILLISECONDS);
        return schedule;
    }

    @Bean
    SchedulingConfigurer retentionSchedule(PayloadRetention retention, GatewayProperties properties) {
        return (tasks) -> tasks.addFixedDelayTask(new FixedDelayTask(retention::purgeDue,
                properties.housekeeping().retention(), properties.housekeeping().retention()));
    }

}
