package uk.gov.justice.ppg.gateway.partner;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import uk.gov.justice.ppg.gateway.audit.AuditEvent;
import uk.gov.justice.ppg.gateway.audit.AuditRecord;
import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.config.GatewayProperties;
import uk.gov.justice.ppg.gateway.security.CertificatePolicy;

/** The partner directory and the authorisation it decides. */
@Configuration(proxyBeanMethods = false)
class PartnerConfig {

    @Bean
    PartnerDirectoryHolder partnerDirectory(GatewayProperties properties) {
        return new PartnerDirectoryHolder(properties.partnersFile());
    }

    @Bean
    DirectoryAuthorisation directoryAuthorisation(PartnerDirectoryHolder directory, CertificatePolicy certificates) {
        return new DirectoryAuthorisation(directory, certificates);
    }

    /**
     * Loading the partner directory is a configuration change: audited with the file's
     * hash.
     */
    @EventListener(ApplicationReadyEvent.class)
    void auditDirectoryLoad(ApplicationReadyEvent event) {
        PartnerDirectoryHolder directory = event.getApplicationContext().getBean(PartnerDirectoryHolder.class);
        event.getApplicationContext()
            .getBean(AuditTrail.class)
            .append(AuditRecord.builder(AuditEvent.PARTNER_DIRECTORY_LOADED, AuditRecord.Outcome.LOADED)
                .reason("STARTUP", directory.get().partners().size() + " partners")
                .payloadSha256(directory.digest()));
    }

}
