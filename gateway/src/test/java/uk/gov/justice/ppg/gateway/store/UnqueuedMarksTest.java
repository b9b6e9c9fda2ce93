package uk.gov.justice.ppg.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The embedded store, migrated as the gateway migrates it, behind a data source that can
 * be unplugged as a database that went away mid-commit is.
 */
class UnqueuedMarksTest {

    @TempDir
    Path data;

    private final Unpluggable store = new Unpluggable();

    private JdbcTemplate jdbc;

    private UnqueuedMarks marks;

    @BeforeEach
    void migrate() {
        JdbcDataSource h2 = MigratedStore.h2(this.data);
        this.store.setTargetDataSource(h2);
        this.jdbc = new JdbcTemplate(this.store);
        this.marks = new UnqueuedMarks(
                new DeliveryStore(this.jdbc, null, new NodeRuns(this.jdbc, "node-a", Duration.ofSeconds(15))));
        this.jdbc.update("INSERT INTO interchange (id, origin, sender, sender_control_ref, receiver, schema_version, "
                + "body_type, message_count, payload, payload_sha256, signature_profile, received_at, reply_code) "
                + "VALUES ('isn-1', 'GATEWAY', 'SPG', '1', 'N00', '0-9-14', 'SPGStatusNotification', 1, X'00', "
                + "REPEAT('0', 64), 'SHA256', CURRENT_TIMESTAMP, '200')");
        this.jdbc.update("INSERT INTO delivery (id, interchange_id, receiver, partner_id, schema_version, reason, "
                + "state, created_at, expires_at, queued_by) VALUES ('delivery-1', 'isn-1', 'N00', 'nps', "
                + "'0-9-14', 'ADDRESSED', 'PENDING', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'node-a/run-1')");
    }

    @Test
    void marksAtOnceWhenTheStoreIsThere() {
        this.marks.mark("isn-1");

        assertThat(queuedBy()).as("the run that vouches for the delivery").isNull();
        assertThat(this.marks.waiting()).isZero();
    }

    @Test
    void aMarkTheStoreCouldNotTakeWaitsForTheNextSweep() {
        this.store.unplugged = true;
        this.marks.mark("isn-1");
        this.marks.retry();
        this.store.unplugged = false;

        assertThat(this.marks.waiting()).as("marks waiting").isEqualTo(1);
        assertThat(queuedBy()).as("the run that vouches for the delivery").isEqualTo("node-a/run-1");

        this.marks.retry();

        assertThat(this.marks.waiting()).as("marks waiting after the sweep").isZero();
        assertThat(queuedBy()).as("the run that vouches for the delivery after the sweep").isNull();
    }

    private String queuedBy() {
        return this.jdbc.queryForObject("SELECT queued_by FROM delivery WHERE id = 'delivery-1'", String.class);
    }

    private static final class Unpluggable extends DelegatingDataSource {

        volatile boolean unplugged;

        @Override
        public Connection getConnection() throws SQLException {
            if (this.unplugged) {
                throw new SQLTransientConnectionException("database unreachable");
            }
            return super.getConnection();
        }

    }

}
