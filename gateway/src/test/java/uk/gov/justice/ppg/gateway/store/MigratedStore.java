package uk.gov.justice.ppg.gateway.store;

import java.nio.file.Path;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** A fresh embedded store in a directory, migrated as the gateway migrates it. */
final class MigratedStore {

    private MigratedStore() {
    }

    static JdbcDataSource h2(Path directory) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + directory.resolve("gateway")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        dataSource.setUser("gateway");
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration", "classpath:db/vendor/h2")
            .load()
            .migrate();
        return dataSource;
    }

}
