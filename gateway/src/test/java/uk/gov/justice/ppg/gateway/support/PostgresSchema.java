package uk.gov.justice.ppg.gateway.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A schema of its own on the local PostgreSQL server (127.0.0.1:5432, database
 * {@code test}, trust auth), so test runs never see each other's rows. Flyway creates the
 * tables in it.
 */
public final class PostgresSchema {

    public static final String SERVER = "127.0.0.1:5432";

    private final String name;

    private final String host;

    private PostgresSchema(String name, String host) {
        this.name = name;
        this.host = host;
    }

    public static PostgresSchema create() {
        return via(SERVER);
    }

    /** The same, reached through another address (a fault-injecting proxy, say). */
    public static PostgresSchema via(String hostAndPort) {
        return new PostgresSchema("ppg_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12),
                hostAndPort);
    }

    public String name() {
        return this.name;
    }

    public void register(DynamicPropertyRegistry registry) {
        properties().forEach((name, value) -> registry.add(name, () -> value));
    }

    /** The JDBC URL of this schema (user {@code postgres}, no password). */
    public String url() {
        return "jdbc:postgresql://" + this.host + "/test?currentSchema=" + this.name;
    }

    /** The properties that point a gateway at this schema. */
    public Map<String, String> properties() {
        return Map.of("test.database.url", url(), "test.database.user", "postgres", "spring.flyway.schemas", this.name,
                "spring.flyway.default-schema", this.name, "spring.flyway.create-schemas", "true");
    }

    /**
     * Drops the schema when the JVM ends: the Spring context that uses it is cached until
     * then.
     */
    public void dropLater() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::drop));
    }

    private void drop() {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/test", "postgres",
                ""); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + this.name + " CASCADE");
        }
        catch (SQLException ex) {
            // a leftover schema costs nothing but space; the next run uses a new one
        }
    }

}
