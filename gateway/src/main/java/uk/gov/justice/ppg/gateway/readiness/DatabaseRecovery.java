package uk.gov.justice.ppg.gateway.readiness;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database closes its store on an I/O error (a full disk, say), and every
 * pooled connection then stays broken: the pool does not know H2's "database is closed"
 * for a dead connection. While the database is down and there is room again, this evicts
 * the pool's connections, at most every few seconds, so the next one opens the store
 * afresh. Connections broken by a PostgreSQL restart go the same way.
 */
final class DatabaseRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseRecovery.class);

    private static final Duration BETWEEN_TRIES = Duration.ofSeconds(5);

    private final HikariDataSource pool;

    private final Clock clock;

    private Instant lastTry = Instant.MIN;

    DatabaseRecovery(HikariDataSource pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    void check(StorageState state, boolean roomToStore) {
        if (state.database() || !roomToStore || this.pool.getHikariPoolMXBean() == null) {
            return;
        }
        Instant now = this.clock.instant();
        if (now.isBefore(this.lastTry.plus(BETWEEN_TRIES))) {
            return;
        }
        this.lastTry = now;
        LOG.warn("database unreachable with room to store; replacing the pool's connections");
        this.pool.getHikariPoolMXBean().softEvictConnections();
    }

}
