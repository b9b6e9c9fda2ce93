package uk.gov.justice.ppg.gateway.routing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.config.GatewayProperties;
import uk.gov.justice.ppg.gateway.partner.PartnerDirectoryHolder;
import uk.gov.justice.ppg.routes.error.GatewayException;

/**
 * {@code java -jar gateway-exec.jar import-register <file.csv>}: seeds the case register
 * ({@link RegisterImport}) with the gateway's own configuration (database, partner
 * directory, node id), and nothing else of it: no partner port, broker or routes. Its
 * audit record is sealed into the chain by the next node that seals. On the embedded H2
 * default, run it while the gateway is stopped (H2 opens its file for one process). Exits
 * 0 when applied, 2 when refused (the message names the line), 1 when it cannot run.
 * Deliberately not a {@code @Configuration}: the gateway's own component scan must not
 * pick it up.
 */
@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        TransactionAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, FlywayAutoConfiguration.class })
@EnableConfigurationProperties(GatewayProperties.class)
public class RegisterImportCommand {

    /** The command's name on the command line. */
    public static final String NAME = "import-register";

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    RegisterImport registerImport(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
            GatewayProperties properties) {
        return new RegisterImport(new CaseRegister(jdbc),
                PartnerDirectoryHolder.fromDatabase(properties.partnersFile(), jdbc, clock),
                new AuditTrail(jdbc, clock, properties.nodeId()), new TransactionTemplate(transactions), clock);
    }

    /**
     * Runs the import of {@code args[0]} (further arguments go to Spring); returns the
     * exit code.
     */
    public static int run(String... args) {
        if (args.length < 1) {
            System.err.println("usage: " + NAME + " <cases.csv>");
            return 1;
        }
        Path file = Path.of(args[0]);
        String[] springArguments = Arrays.copyOfRange(args, 1, args.length);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RegisterImportCommand.class)
            .web(WebApplicationType.NONE)
            .logStartupInfo(false)
            .bannerMode(Banner.Mode.OFF)
            .properties("logging.level.root=WARN")
            .run(springArguments)) {
            RegisterImport.Result result = context.getBean(RegisterImport.class)
                .apply(Files.readAllBytes(file), "command " + NAME + " " + file.getFileName());
            System.out.println(
                    "imported " + result.cases() + " cases " + result.outcomes() + ", file sha256 " + result.sha256());
            return 0;
        }
        catch (GatewayException ex) {
            System.err.println("refused (" + ex.code().code() + "): " + ex.detail() + "; nothing was imported");
            return 2;
        }
        catch (IOException ex) {
            System.err.println("cannot read " + file + ": " + ex.getClass().getSimpleName());
            return 1;
        }
    }

}
