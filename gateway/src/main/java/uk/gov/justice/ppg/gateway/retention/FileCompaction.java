package uk.gov.justice.ppg.gateway.retention;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Timer;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded database file from growing without bound (ADR 0021). H2 writes a
 * chunk per commit; with {@code WRITE_DELAY=0} it runs none of the background
 * housekeeping that moves the few live pages out of old, mostly dead chunks, so almost no
 * chunk ever died and the file grew by about 150 KB per interchange. Each run asks H2 to
 * rewrite the live pages of its sparsest chunks, at most {@value #MAX_WRITE} bytes of
 * them ({@link MVStore#compact}: the online operation of H2's own background writer,
 * which waits at most 10 ms for the store lock); chunks so emptied are freed by the next
 * commits and their space reused. Then it syncs the file. H2 overwrites a freed chunk
 * only once it is older than the retention time, 45 s by default on the assumption that
 * the operating system has written everything to disk by then; with a sync every second
 * that holds after {@value #RETENTION_MILLIS} ms (the retention this sets), and the file
 * settles at its live data plus a few seconds of writes. On any other database this does
 * nothing.
 */
final class FileCompaction {

    private static final Logger LOG = LoggerFactory.getLogger(FileCompaction.class);

    /** Rewrite while fewer than this percentage of the chunks' pages are live. */
    static final int TARGET_FILL = 60;

    /**
     * At most this much live data rewritten per run (a pause of tens of milliseconds).
     */
    static final int MAX_WRITE = 4 * 1024 * 1024;

    /** How long a chunk is kept after it was written, given a sync every second. */
    static final int RETENTION_MILLIS = 5000;

    private final DataSource dataSource;

    private final int retentionMillis;

    private final Timer rewrites;

    private final AtomicLong fileSize = new AtomicLong();

    private final AtomicLong livePercent = new AtomicLong(100);

    FileCompaction(DataSource dataSource, int retentionMillis, Timer rewrites) {
        this.dataSource = dataSource;
        this.retentionMillis = retentionMillis;
        this.rewrites = rewrites;
    }

    /** The file's size when last looked at (0 if not embedded). */
    long fileSize() {
        return this.fileSize.get();
    }

    /** The share of the file that holds live data when last looked at, in percent. */
    long livePercent() {
        return this.livePercent.get();
    }

    /** Rewrites sparse chunks if there are any; returns the file's size, if embedded. */
    synchronized Optional<Long> compact() {
        try (Connection connection = this.dataSource.getConnection()) {
            Optional<MVStore> store = embeddedStore(connection);
            if (store.isEmpty()) {
                return Optional.empty();
            }
            MVStore mv = store.get();
            if (mv.getRetentionTime() != this.retentionMillis) {
                mv.sync();
                mv.setRetentionTime(this.retentionMillis);
            }
            long started = System.nanoTime();
            if (mv.compact(TARGET_FILL, MAX_WRITE)) {
                this.rewrites.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            }
            mv.sync();
            FileStore<?> file = mv.getFileStore();
            this.fileSize.set(file.size());
            this.livePercent.set((long) file.getFillRate() * file.getChunksFillRate() / 100);
            return Optional.of(file.size());
        }
        catch (SQLException | RuntimeException ex) {
            LOG.warn("embedded database compaction postponed ({})", ex.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static Optional<MVStore> embeddedStore(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)) {
            return Optional.empty();
        }
        if (connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local
                && local.getDatabase().isPersistent() && local.getDatabase().getStore() != null) {
            return Optional.of(local.getDatabase().getStore().getMvStore());
        }
        return Optional.empty();
    }

}
