package uk.gov.justice.ppg.gateway;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import uk.gov.justice.ppg.gateway.audit.AuditExportCommand;
import uk.gov.justice.ppg.gateway.routing.RegisterImportCommand;

/** The probation partner gateway. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class GatewayApplication {

    /**
     * Runs the gateway, or with {@code import-register <file.csv>} seeds the case
     * register ({@link RegisterImportCommand}) and exits; with
     * {@code export-audit <export.json>} exports the audit log
     * ({@link AuditExportCommand}) and exits.
     */
    public static void main(String[] args) {
        if (args.length > 0 && RegisterImportCommand.NAME.equals(args[0])) {
            System.exit(RegisterImportCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && AuditExportCommand.NAME.equals(args[0])) {
            System.exit(AuditExportCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(GatewayApplication.class, args);
    }

}
