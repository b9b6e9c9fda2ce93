package uk.gov.justice.ppg.gateway.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.justice.ppg.audit.ExportDocument;
import uk.gov.justice.ppg.gateway.config.GatewayProperties;
import uk.gov.justice.ppg.gateway.security.KeyMaterialReload;

/**
 * {@code java -jar gateway-exec.jar export-audit <export.json> [from] [to]}: exports the
 * disclosure log (all of it, or the ISO-8601 range given) for the offline verifier,
 * straight from the database with the gateway's own configuration and audit key, for an
 * auditor working from the database when no node runs (on the embedded H2 default, run it
 * while the gateway is stopped). The export is itself audited, as done by this command
 * and the operating-system user. Exits 0 when written, 2 for bad arguments, 1 when it
 * cannot run. Deliberately not a {@code @Configuration}: the gateway's own component scan
 * must not pick it up.
 */
@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        TransactionAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, FlywayAutoConfiguration.class })
@EnableConfigurationProperties(GatewayProperties.class)
@Import(AuditConfig.class)
public class AuditExportCommand {

    /** The command's name on the command line. */
    public static final String NAME = "export-audit";

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The audit key, which seals the export. */
    @Bean
    KeyMaterialReload auditKey(GatewayProperties properties, Clock clock) {
        return KeyMaterialReload.auditKeyOnly(properties.pki().auditKeyStore(), properties.pki().password(), clock);
    }

    @Bean
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
        return new TransactionTemplate(transactions);
    }

    /**
     * Runs the export to {@code args[0]} (further arguments: from, to); returns the exit
     * code.
     */
    public static int run(String... args) {
        String[] positional = Arrays.stream(args).filter((arg) -> !arg.startsWith("--")).toArray(String[]::new);
        String[] springArguments = Arrays.stream(args).filter((arg) -> arg.startsWith("--")).toArray(String[]::new);
        Instant from;
        Instant to;
        try {
            from = (positional.length > 1) ? Instant.parse(positional[1]) : Instant.EPOCH;
            to = (positional.length > 2) ? Instant.parse(positional[2]) : Instant.now();
        }
        catch (DateTimeParseException ex) {
            System.err.println("from and to must be ISO-8601 instants, e.g. 2026-11-01T00:00:00Z");
            return 2;
        }
        if (positional.length < 1) {
            System.err.println("usage: " + NAME + " <export.json> [from] [to]");
            return 2;
        }
        Path file = Path.of(positional[0]);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AuditExportCommand.class)
            .web(WebApplicationType.NONE)
            .logStartupInfo(false)
            .bannerMode(Banner.Mode.OFF)
            .properties("logging.level.root=WARN")
            .run(springArguments); OutputStream out = Files.newOutputStream(file)) {
            ExportDocument export = context.getBean(AuditExporter.class).export(from, to);
            export.write(out);
            context.getBean(AuditTrail.class)
                .append(AuditRecord.builder(AuditEvent.AUDIT_EXPORTED, AuditRecord.Outcome.CONSULTED)
                    .purpose(Purpose.OVERSIGHT)
                    .actor(new Actor(System.getProperty("user.name"), "command " + NAME))
                    .reason("AUDITOR", "records " + (export.anchor().seq() + 1) + " to " + export.seal().last().seq()
                            + " for " + from + " to " + to));
            System.out.println("exported records " + (export.anchor().seq() + 1) + " to " + export.seal().last().seq()
                    + " to " + file);
            return 0;
        }
        catch (IOException ex) {
            System.err.println("cannot write " + file + ": " + ex.getClass().getSimpleName());
            return 1;
        }
    }

}
