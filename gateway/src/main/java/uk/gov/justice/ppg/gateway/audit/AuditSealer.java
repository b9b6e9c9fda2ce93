package uk.gov.justice.ppg.gateway.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.justice.ppg.audit.ChainHash;

/**
 * Seals committed audit records into the one hash chain every node shares. A sealer locks
 * the chain's head row, takes the records no chain link names yet, in insertion order,
 * and links each to the one before; nodes seal in turn. A record is tamper-evident from
 * its sealing (about a second after its commit) on. Each pass looks only at ids above the
 * highest sealed and at the ids it passed over ({@link LateCommits}), with a full sweep
 * now and then, so sealing costs the same on a log of any length.
 */
class AuditSealer {

    private static final Logger LOG = LoggerFactory.getLogger(AuditSealer.class);

    private static final int BATCH = 1000;

    /**
     * Every this many passes (and on the first), a sealer looks at every record; exports
     * always do.
     */
    private static final long FULL_SWEEP_EVERY = 600;

    private final AtomicLong sweeps = new AtomicLong();

    private final LateCommits lateCommits = new LateCommits();

    private final JdbcTemplate jdbc;

    private final TransactionTemplate transactions;

    private final Clock clock;

    private final AtomicReference<Instant> lastSealed;

    AuditSealer(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.lastSealed = new AtomicReference<>(clock.instant());
    }

    /**
     * Seconds since a scheduled pass last sealed (or found nothing to seal): the sealer's
     * pulse.
     */
    public double secondsSinceLastSeal() {
        return Duration.between(this.lastSealed.get(), this.clock.instant()).toMillis() / 1000.0;
    }

    /**
     * The chain's end.
     *
     * @param seq sequence number of the last sealed record (0 before the first)
     * @param hash its chain hash
     */
    public record Head(long seq, String hash) {
    }

    public void sealOnSchedule() {
        try {
            sealPending();
            this.lastSealed.set(this.clock.instant());
        }
        catch (DataAccessException ex) {
            LOG.warn("audit sealing postponed ({})", ex.getClass().getSimpleName());
        }
    }

    /**
     * Seals what committed lately (everything, on every {@value #FULL_SWEEP_EVERY}th
     * pass); returns the chain's new head.
     */
    public Head sealPending() {
        return seal(this.sweeps.getAndIncrement() % FULL_SWEEP_EVERY == 0);
    }

    /** Seals every committed record not sealed yet, however late it committed. */
    public Head sealAll() {
        return seal(true);
    }

    private Head seal(boolean everything) {
        Head head = this.transactions.execute((status) -> sealBatch(everything));
        while (head != null && head.seq() < 0) {
            head = this.transactions.execute((status) -> sealBatch(everything));
        }
        return head;
    }

    /** One batch; a negative seq in the result asks for another batch. */
    private Head sealBatch(boolean everything) {
        ChainEnd end = this.jdbc.queryForObject(
                "SELECT seq, hash, max_row FROM audit_chain_head WHERE id = 1 FOR UPDATE",
                (rs, row) -> new ChainEnd(rs.getLong(1), rs.getString(2), rs.getLong(3)));
        Instant now = this.clock.instant();
        List<Pending> pending = pending(everything ? 0 : end.maxRow(),
                everything ? List.of() : this.lateCommits.awaited(now));
        long seq = end.seq();
        String hash = end.hash();
        long maxRow = end.maxRow();
        List<Object[]> links = new ArrayList<>(pending.size());
        Timestamp sealedAt = Timestamp.from(now);
        for (Pending record : pending) {
            String previous = hash;
            seq++;
            hash = ChainHash.of(previous, seq, record.format(), record.fields());
            maxRow = Math.max(maxRow, record.row());
            links.add(new Object[] { seq, record.fields().get("record_id"), record.row(), previous, hash, sealedAt });
        }
        if (!pending.isEmpty()) {
            this.jdbc
                .batchUpdate("INSERT INTO audit_chain (seq, record_id, record_row, previous_hash, hash, sealed_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", links);
            this.jdbc.update("UPDATE audit_chain_head SET seq = ?, hash = ?, max_row = ? WHERE id = 1", seq, hash,
                    maxRow);
            this.lateCommits.passed(end.maxRow(), maxRow, pending.stream().map(Pending::row).toList(), now);
        }
        return new Head((pending.size() == BATCH) ? -1 : seq, hash);
    }

    /**
     * Unsealed records among {@code awaited} or above {@code floor}, in id order. Two
     * queries, not one with an OR: each then reads only its own ids through the primary
     * key (with an OR, H2 scans the whole log).
     */
    private List<Pending> pending(long floor, List<Long> awaited) {
        List<Pending> pending = new ArrayList<>();
        if (!awaited.isEmpty()) {
            pending.addAll(unsealed("r.id IN (" + String.join(", ", Collections.nCopies(awaited.size(), "?")) + ")",
                    awaited.toArray()));
        }
        pending.addAll(unsealed("r.id > ?", floor));
        pending.sort(Comparator.comparingLong(Pending::row));
        return (pending.size() > BATCH) ? pending.subList(0, BATCH) : pending;
    }

    private List<Pending> unsealed(String condition, Object... arguments) {
        return this.jdbc.query(
                "SELECT r.id, " + AuditRows.COLUMNS + " FROM audit_record r WHERE " + condition
                        + " AND NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.record_id = r.record_id) ORDER BY r.id"
                        + " FETCH FIRST " + BATCH + " ROWS ONLY",
                (rs, row) -> new Pending(rs.getLong(1), AuditRows.format(rs), AuditRows.fields(rs)), arguments);
    }

    private record ChainEnd(long seq, String hash, long maxRow) {
    }

    private record Pending(long row, int format, Map<String, String> fields) {
    }

    /** The chain's end as committed now, without sealing. */
    public Head head() {
        return this.jdbc.queryForObject("SELECT seq, hash FROM audit_chain_head WHERE id = 1",
                (rs, row) -> new Head(rs.getLong(1), rs.getString(2)));
    }

}
