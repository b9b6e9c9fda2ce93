package uk.gov.justice.ppg.gateway.config;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.Optional;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.justice.ppg.audit.AuditSigner;
import uk.gov.justice.ppg.gateway.audit.AuditCheckpoints;
import uk.gov.justice.ppg.gateway.audit.AuditEndpoint;
import uk.gov.justice.ppg.gateway.audit.AuditEvent;
import uk.gov.justice.ppg.gateway.audit.AuditExporter;
import uk.gov.justice.ppg.gateway.audit.AuditRecord;
import uk.gov.justice.ppg.gateway.audit.AuditSealer;
import uk.gov.justice.ppg.gateway.audit.AuditSearch;
import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.audit.TsaClient;
import uk.gov.justice.ppg.gateway.partner.PartnerDirectoryHolder;
import uk.gov.justice.ppg.gateway.security.KeyStores;
import uk.gov.justice.ppg.routes.error.GatewayException;

/**
 * The disclosure log's chain: sealing, signed checkpoints, export, search, and the
 * auditors' endpoint.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfig {

    @Bean
    AuditSealer auditSealer(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        return new AuditSealer(jdbc, transactions, clock);
    }

    @Bean
    AuditCheckpoints auditCheckpoints(JdbcTemplate jdbc, AuditSealer sealer, Clock clock,
            GatewayProperties properties) {
        return new AuditCheckpoints(jdbc, new AuditSigner(auditKey(properties.pki())),
                Optional.ofNullable(properties.audit().tsaUrl()).map(TsaClient::new), sealer, clock,
                properties.nodeId());
    }

    @Bean
    AuditExporter auditExporter(JdbcTemplate jdbc, AuditSealer sealer, AuditCheckpoints checkpoints) {
        return new AuditExporter(jdbc, sealer, checkpoints);
    }

    @Bean
    AuditSearch auditSearch(JdbcTemplate jdbc) {
        return new AuditSearch(jdbc);
    }

    @Bean
    AuditEndpoint auditEndpoint(AuditExporter exporter, AuditSearch search, AuditTrail trail) {
        return new AuditEndpoint(exporter, search, trail);
    }

    /**
     * Loading the partner directory is a configuration change: audited with the file's
     * hash.
     */
    @EventListener(ApplicationReadyEvent.class)
    void auditDirectoryLoad(ApplicationReadyEvent event) throws GatewayException {
        PartnerDirectoryHolder directory = event.getApplicationContext().getBean(PartnerDirectoryHolder.class);
        event.getApplicationContext()
            .getBean(AuditTrail.class)
            .append(AuditRecord.builder(AuditEvent.PARTNER_DIRECTORY_LOADED, AuditRecord.Outcome.LOADED)
                .reason("STARTUP", directory.get().partners().size() + " partners")
                .payloadSha256(directory.digest()));
    }

    private static PrivateKey auditKey(GatewayProperties.Pki pki) {
        KeyStore store = KeyStores.load(pki.auditKeyStore(), pki.password());
        try {
            return (PrivateKey) store.getKey(store.aliases().nextElement(), pki.password().toCharArray());
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("cannot read the audit key", ex);
        }
    }

}
