package uk.gov.justice.ppg.gateway.partner;

import java.time.Clock;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.justice.ppg.gateway.audit.AuditEvent;
import uk.gov.justice.ppg.gateway.audit.AuditRecord;
import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.config.GatewayProperties;
import uk.gov.justice.ppg.gateway.security.CertificateExpiry;
import uk.gov.justice.ppg.gateway.security.CertificatePolicy;

/**
 * The partner directory (the database copy, seeded from the file), its changes, the kill
 * switches, and the authorisation they decide; each node re-reads the directory and the
 * switches every few seconds.
 */
@Configuration(proxyBeanMethods = false)
class PartnerConfig {

    @Bean
    DirectoryStore directoryStore(JdbcTemplate jdbc) {
        return new DirectoryStore(jdbc);
    }

    @Bean
    DirectorySync directorySync(GatewayProperties properties, DirectoryStore store, Clock clock) {
        return DirectorySync.start(properties.partnersFile(), store, clock);
    }

    @Bean
    PartnerDirectoryHolder partnerDirectory(DirectorySync sync) {
        return sync.holder();
    }

    @Bean
    DirectoryChanges directoryChanges(DirectoryStore store, PartnerDirectoryHolder directory, AuditTrail audit,
            TransactionTemplate transactions, Clock clock) {
        return new DirectoryChanges(store, directory, audit, transactions, clock);
    }

    @Bean
    KillSwitches killSwitches(JdbcTemplate jdbc, Clock clock) {
        KillSwitches switches = new KillSwitches(jdbc, clock);
        switches.refresh();
        return switches;
    }

    @Bean
    PartnerSwitches partnerSwitches(KillSwitches switches, PartnerDirectoryHolder directory, AuditTrail audit,
            TransactionTemplate transactions) {
        return new PartnerSwitches(switches, directory, audit, transactions);
    }

    @Bean
    DirectoryAuthorisation directoryAuthorisation(PartnerDirectoryHolder directory, KillSwitches switches,
            CertificatePolicy certificates, CertificateExpiry expiry) {
        return new DirectoryAuthorisation(directory,
                (partnerId) -> switches.isOff(partnerId, KillSwitches.Direction.INTAKE), certificates, expiry);
    }

    @Bean
    SchedulingConfigurer partnerSchedule(DirectorySync directory, KillSwitches switches, GatewayProperties properties) {
        return (tasks) -> {
            tasks.addFixedDelayTask(switches::refresh, properties.housekeeping().switches());
            tasks.addFixedDelayTask(directory::refresh, properties.housekeeping().directory());
        };
    }

    /**
     * The directory in use at start is a configuration change: audited with its version
     * and hash.
     */
    @EventListener(ApplicationReadyEvent.class)
    void auditDirectoryLoad(ApplicationReadyEvent event) {
        PartnerDirectoryHolder directory = event.getApplicationContext().getBean(PartnerDirectoryHolder.class);
        PartnerDirectoryHolder.InUse inUse = directory.inUse();
        event.getApplicationContext()
            .getBean(AuditTrail.class)
            .append(AuditRecord.builder(AuditEvent.PARTNER_DIRECTORY_LOADED, AuditRecord.Outcome.LOADED)
                .reason("STARTUP",
                        "version " + inUse.version() + ", " + inUse.directory().partners().size() + " partners")
                .payloadSha256(inUse.digest()));
    }

}
