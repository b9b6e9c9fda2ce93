package uk.gov.justice.ppg.gateway.inbound;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.gov.justice.ppg.gateway.support.PostgresSchema;

/** The accept contract on PostgreSQL (the local server, a schema of its own per run). */
class AcceptOnPostgresIT extends AcceptContract {

    private static final PostgresSchema SCHEMA = PostgresSchema.create();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        SCHEMA.register(registry);
        registry.add("test.artemis.directory", () -> dataDirectory().resolve("artemis").toString());
    }

    @AfterAll
    static void dropSchema() {
        SCHEMA.dropLater();
    }

}
