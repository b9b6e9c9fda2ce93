package uk.gov.justice.ppg.gateway.audit;

import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.justice.ppg.audit.AuditSigner;
import uk.gov.justice.ppg.gateway.config.GatewayProperties;
import uk.gov.justice.ppg.gateway.security.KeyMaterialReload;

/**
 * The disclosure log: appending records, sealing the chain every
 * {@code gateway.audit.seal-interval}, signed checkpoints every
 * {@code gateway.audit.checkpoint-interval}, export, search, and the auditors' endpoint.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfig {

    private static final Logger LOG = LoggerFactory.getLogger(AuditConfig.class);

    @Bean
    AuditTrail auditTrail(JdbcTemplate jdbc, Clock clock, GatewayProperties properties) {
        return new AuditTrail(jdbc, clock, properties.nodeId());
    }

    @Bean
    AuditSealer auditSealer(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        return new AuditSealer(jdbc, transactions, clock);
    }

    @Bean
    AuditCheckpoints auditCheckpoints(JdbcTemplate jdbc, AuditSealer sealer, Clock clock, KeyMaterialReload keys,
            GatewayProperties properties) {
        String password = properties.pki().password();
        AuditCheckpoints checkpoints = new AuditCheckpoints(jdbc, signer(keys.current("audit"), password),
                Optional.ofNullable(properties.audit().tsaUrl()).map(TsaClient::new), sealer, clock,
                properties.nodeId());
        keys.onReplace("audit", (store) -> checkpoints.use(signer(store, password)));
        return checkpoints;
    }

    @Bean
    AuditExporter auditExporter(JdbcTemplate jdbc, AuditSealer sealer, AuditCheckpoints checkpoints) {
        return new AuditExporter(jdbc, sealer, checkpoints);
    }

    @Bean
    AuditArchiver auditArchiver(JdbcTemplate jdbc, AuditExporter exporter, AuditTrail audit,
            TransactionTemplate transactions, Clock clock, GatewayProperties properties) {
        GatewayProperties.Archive archive = properties.audit().archive();
        return new AuditArchiver(jdbc, exporter, audit, transactions, archive.directory(), properties.nodeId(), clock,
                archive.maxRecords());
    }

    @Bean
    AuditSearch auditSearch(JdbcTemplate jdbc) {
        return new AuditSearch(jdbc);
    }

    /**
     * {@code gateway.audit.seal.age}: seconds since the sealer last completed a pass; it
     * passes every {@code gateway.audit.seal-interval}, so a growing age is sealing
     * stalled.
     */
    @Bean
    MeterBinder auditSealMetrics(AuditSealer sealer) {
        return (meters) -> Gauge.builder("gateway.audit.seal.age", sealer, AuditSealer::secondsSinceLastSeal)
            .description("seconds since the audit sealer last completed a pass")
            .baseUnit("seconds")
            .register(meters);
    }

    @Bean
    HealthIndicator auditSealingHealthIndicator(AuditSealer sealer, GatewayProperties properties) {
        return new SealerHealth(sealer, properties.audit().sealInterval());
    }

    @Bean
    SchedulingConfigurer auditSchedule(AuditSealer sealer, AuditCheckpoints checkpoints, AuditArchiver archiver,
            Clock clock, GatewayProperties properties) {
        GatewayProperties.Audit audit = properties.audit();
        return (tasks) -> {
            tasks.addFixedDelayTask(
                    new FixedDelayTask(() -> archive(archiver, clock.instant().minus(audit.archive().after())),
                            audit.archive().every(), audit.archive().every()));
            tasks.addFixedDelayTask(sealer::sealOnSchedule, audit.sealInterval());
            tasks.addFixedDelayTask(new FixedDelayTask(checkpoints::checkpointOnSchedule, audit.checkpointInterval(),
                    audit.checkpointInterval()));
        };
    }

    private static void archive(AuditArchiver archiver, Instant before) {
        try {
            archiver.archive(before);
        }
        catch (DataAccessException | UncheckedIOException ex) {
            LOG.warn("audit archiving skipped this time ({})", ex.getClass().getSimpleName());
        }
    }

    /**
     * The audit key's signer, naming the key by its certificate: checkpoints and seals
     * say which key made them, so the key can rotate (ADR 0029).
     */
    private static AuditSigner signer(KeyStore store, String password) {
        try {
            String alias = store.aliases().nextElement();
            return new AuditSigner((PrivateKey) store.getKey(alias, password.toCharArray()),
                    (X509Certificate) store.getCertificate(alias));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("cannot read the audit key", ex);
        }
    }

}
