package uk.gov.justice.ppg.gateway.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCompactionTest {

    @TempDir
    Path directory;

    private final Timer rewrites = Timer.builder("rewrites").register(new SimpleMeterRegistry());

    /**
     * The same churn on two files, one compacted after every hundred interchanges. Chunks
     * emptied by the rewrite are freed at once here (a retention of 0, to fit a test's
     * time scale: the gateway's is 5 s).
     */
    @Test
    void aCompactedFileStopsGrowingWithEveryInterchangeAndKeepsEveryRow() throws SQLException {
        JdbcDataSource plain = fileDatabase("plain");
        JdbcDataSource compacted = fileDatabase("compacted");
        FileCompaction compaction = new FileCompaction(compacted, 0, this.rewrites);
        try (Connection plainConnection = plain.getConnection();
                Connection compactedConnection = compacted.getConnection()) {
            for (int batch = 0; batch < 30; batch++) {
                churn(plainConnection, batch * 100, batch * 100 + 100);
                churn(compactedConnection, batch * 100, batch * 100 + 100);
                assertThat(compaction.compact()).isPresent();
            }
            long plainSize = fileSize("plain");
            long compactedSize = fileSize("compacted");

            assertThat(this.rewrites.count()).as("sparse chunks were rewritten").isPositive();
            assertThat(chunksFillRate(plainConnection)).as("live share of the plain file's chunks").isLessThan(40);
            assertThat(chunksFillRate(compactedConnection)).as("live share of the compacted file's chunks")
                .isGreaterThanOrEqualTo(55);
            assertThat(compactedSize).as("compacted %d bytes against %d", compactedSize, plainSize)
                .isLessThan(plainSize * 4 / 5);
            assertThat(rows(compactedConnection, "DELIVERED")).isEqualTo(3000);
        }
    }

    @Test
    void setsTheRetentionItsSyncsAllowAndSyncs() throws SQLException {
        JdbcDataSource h2 = fileDatabase("retention");
        try (Connection held = h2.getConnection()) {
            assertThat(setting(held, "RETENTION_TIME")).isEqualTo("45000");
            churn(held, 0, 10);
            FileCompaction compaction = new FileCompaction(h2, FileCompaction.RETENTION_MILLIS, this.rewrites);
            assertThat(compaction.compact()).hasValue(fileSize("retention"));
            assertThat(setting(held, "RETENTION_TIME")).isEqualTo("5000");
            assertThat(compaction.fileSize()).isEqualTo(fileSize("retention"));
            assertThat(compaction.livePercent()).isBetween(1L, 100L);
        }
    }

    @Test
    void doesNothingOnAnInMemoryDatabase() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:compaction;DB_CLOSE_DELAY=-1");
        assertThat(new FileCompaction(h2, FileCompaction.RETENTION_MILLIS, this.rewrites).compact()).isEmpty();
        assertThat(this.rewrites.count()).isZero();
    }

    private JdbcDataSource fileDatabase(String name) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + this.directory.resolve(name) + ";WRITE_DELAY=0");
        return h2;
    }

    private long fileSize(String name) {
        try {
            return Files.size(this.directory.resolve(name + ".mv.db"));
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * An interchange's shape: a 4 KB row inserted, then moved through two states, a
     * commit each.
     */
    private static void churn(Connection connection, int from, int to) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("create table if not exists t(id bigint primary key, state varchar(20), body varbinary(8000))");
        }
        byte[] body = new byte[4000];
        for (int i = from; i < to; i++) {
            body[i % body.length]++;
            try (PreparedStatement insert = connection.prepareStatement("insert into t values (?, 'PENDING', ?)")) {
                insert.setLong(1, i);
                insert.setBytes(2, body);
                insert.executeUpdate();
            }
            for (String state : new String[] { "CLAIMED", "DELIVERED" }) {
                try (PreparedStatement update = connection.prepareStatement("update t set state = ? where id = ?")) {
                    update.setString(1, state);
                    update.setLong(2, i);
                    update.executeUpdate();
                }
            }
        }
    }

    private static long rows(Connection connection, String state) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("select count(*) from t where state = ?")) {
            count.setString(1, state);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static int chunksFillRate(Connection connection) throws SQLException {
        return Integer.parseInt(setting(connection, "info.CHUNKS_FILL_RATE"));
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection
            .prepareStatement("select setting_value from information_schema.settings where setting_name = ?")) {
            query.setString(1, name);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }

}
