package uk.gov.justice.ppg.gateway.readiness;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.justice.ppg.gateway.config.GatewayProperties;

/**
 * Readiness: the storage probe, run every second on a thread of its own (a busy or stuck
 * scheduler must not make health stale or slow), the {@code storage} health indicator
 * that the readiness group reads, and bringing back what a lost resource closed: the
 * database pool's connections, an embedded broker that stopped.
 */
@Configuration(proxyBeanMethods = false)
class ReadinessConfig {

    @Bean(destroyMethod = "close")
    StorageProbe storageProbe(JdbcTemplate jdbc, ConnectionFactory broker, GatewayProperties properties, Clock clock) {
        return new StorageProbe(jdbc, BrokerClient.direct(broker), properties.storage().dataDirectory(), clock);
    }

    @Bean
    BrokerAtShutdown brokerAtShutdown(ConnectionFactory broker) {
        return new BrokerAtShutdown(broker);
    }

    @Bean
    Readiness readiness(StorageProbe probe, GatewayProperties properties) {
        return new Readiness(probe, properties.storage().minFreeSpace().toBytes());
    }

    @Bean("storage")
    HealthIndicator storageHealth(StorageProbe probe, Readiness readiness, Clock clock) {
        return new StorageHealth(probe, readiness, clock);
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService storageProbeSchedule(StorageProbe probe, Readiness readiness,
            ObjectProvider<EmbeddedActiveMQ> embedded, DataSource dataSource, Clock clock) {
        EmbeddedActiveMQ broker = embedded.getIfAvailable();
        EmbeddedBrokerRecovery recovery = (broker != null) ? new EmbeddedBrokerRecovery(broker, readiness, clock)
                : null;
        DatabaseRecovery database = (dataSource instanceof HikariDataSource pool) ? new DatabaseRecovery(pool, clock)
                : null;
        ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor((task) -> {
            Thread thread = new Thread(task, "storage-probe-schedule");
            thread.setDaemon(true);
            return thread;
        });
        schedule.scheduleWithFixedDelay(() -> {
            try {
                probe.probe();
                if (database != null) {
                    database.check(probe.state(), readiness.roomToStore());
                }
                if (recovery != null) {
                    recovery.check();
                }
            }
            catch (RuntimeException ex) {
                // the next round probes again; a failed probe leaves the state to go
                // stale
            }
        }, 0, 1, TimeUnit.SECONDS);
        return schedule;
    }

}
