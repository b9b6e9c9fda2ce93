package uk.gov.justice.ppg.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code import-register} as an operator runs it: its own process's worth of Spring (the
 * gateway's configuration, no partner port, broker or routes) against the gateway's
 * database; applied and audited, or refused whole with the line named and exit code 2.
 */
class RegisterImportCommandTest {

    @TempDir
    Path data;

    @Test
    void importsAFileAndAuditsIt() throws Exception {
        Path file = this.data.resolve("cases.csv");
        Files.writeString(file, "crn,provider,since\nB100001,C00,2025-01-01\nB100002,N01,2025-01-02\n");
        Outcome outcome = run(file);
        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out()).contains("imported 2 cases");
        JdbcTemplate jdbc = database();
        assertThat(
                jdbc.queryForList("SELECT crn || '=' || provider FROM case_responsibility ORDER BY crn", String.class))
            .containsExactly("B100001=C00", "B100002=N00");
        assertThat(jdbc.queryForList("SELECT event FROM audit_record", String.class))
            .containsExactly("CASE_REGISTER_IMPORTED");
    }

    @Test
    void refusesAMalformedFileWholeNamingTheLine() throws Exception {
        Path file = this.data.resolve("cases.csv");
        Files.writeString(file, "B100011,C00,2025-01-01\nB100012,C00\n");
        Outcome outcome = run(file);
        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("GW-055").contains("line 2: expected CRN,provider,since");
        assertThat(database().queryForList("SELECT crn FROM case_responsibility", String.class)).isEmpty();
    }

    private Outcome run(Path file) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            int code = RegisterImportCommand.run(file.toString(), "--spring.datasource.url=" + url(),
                    "--spring.datasource.username=gateway", "--store-password=unused",
                    "--gateway.partners-file=../config/partners.yml", "--gateway.node-id=command-test",
                    "--spring.main.banner-mode=off");
            return new Outcome(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        }
        finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private String url() {
        return "jdbc:h2:file:" + this.data.resolve("db/gateway")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    private JdbcTemplate database() {
        return new JdbcTemplate(new DriverManagerDataSource(url(), "gateway", ""));
    }

    private record Outcome(int exitCode, String out, String err) {
    }

}
