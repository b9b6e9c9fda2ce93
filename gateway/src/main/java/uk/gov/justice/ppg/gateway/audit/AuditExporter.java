package uk.gov.justice.ppg.gateway.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.justice.ppg.audit.ChainHash;
import uk.gov.justice.ppg.audit.ExportDocument;

/**
 * Exports the records of a time range so that they can be verified offline: the chain
 * link before the first, the records, the periodic checkpoints among them, and a seal
 * signed now over the export's description.
 */
public class AuditExporter {

    private final JdbcTemplate jdbc;

    private final AuditSealer sealer;

    private final AuditCheckpoints checkpoints;

    AuditExporter(JdbcTemplate jdbc, AuditSealer sealer, AuditCheckpoints checkpoints) {
        this.jdbc = jdbc;
        this.sealer = sealer;
        this.checkpoints = checkpoints;
    }

    /**
     * The records from the first sealed at or after {@code from} to the last sealed at or
     * before {@code to}, in chain order, so the run is unbroken: where commit order and
     * recording time differ, a record recorded just outside the range can be among them.
     */
    public ExportDocument export(Instant from, Instant to) {
        this.sealer.sealAll();
        Long first = this.jdbc.queryForObject("SELECT MIN(c.seq) FROM audit_chain c JOIN audit_record r "
                + "ON r.record_id = c.record_id WHERE r.recorded_at >= ?", Long.class, Timestamp.from(from));
        Long last = this.jdbc.queryForObject("SELECT MAX(c.seq) FROM audit_chain c JOIN audit_record r "
                + "ON r.record_id = c.record_id WHERE r.recorded_at <= ?", Long.class, Timestamp.from(to));
        Instant now = this.checkpoints.now();
        if (first == null || last == null || first > last) {
            AuditSealer.Head head = this.sealer.head();
            return sealed(new ExportDocument(ExportDocument.FORMAT, now, from, to,
                    new ExportDocument.Link(head.seq(), head.hash()), List.of(), List.of(), null));
        }
        return range(first - 1, last, from, to, now);
    }

    /**
     * The records after {@code afterSeq} up to {@code lastSeq}, sealed: what an archive
     * holds. The range's times are its first and last records' (or now, for none).
     */
    public ExportDocument range(long afterSeq, long lastSeq) {
        this.sealer.sealAll();
        Instant now = this.checkpoints.now();
        return range(afterSeq, lastSeq, recordedAt(afterSeq + 1).orElse(now), recordedAt(lastSeq).orElse(now), now);
    }

    private Optional<Instant> recordedAt(long seq) {
        return this.jdbc
            .queryForList("SELECT r.recorded_at FROM audit_chain c JOIN audit_record r ON r.record_id = c.record_id "
                    + "WHERE c.seq = ?", Timestamp.class, seq)
            .stream()
            .findFirst()
            .map(Timestamp::toInstant);
    }

    private ExportDocument range(long afterSeq, long last, Instant from, Instant to, Instant now) {
        ExportDocument.Link anchor = link(afterSeq);
        List<ExportDocument.Record> records = this.jdbc.query(
                "SELECT c.seq, c.previous_hash, c.hash, " + AuditRows.COLUMNS
                        + " FROM audit_chain c JOIN audit_record r ON r.record_id = c.record_id "
                        + "WHERE c.seq > ? AND c.seq <= ? ORDER BY c.seq",
                (rs, row) -> new ExportDocument.Record(rs.getLong("seq"), AuditRows.format(rs),
                        rs.getString("previous_hash"), rs.getString("hash"), AuditRows.fields(rs)),
                anchor.seq(), last);
        return sealed(new ExportDocument(ExportDocument.FORMAT, now, from, to, anchor, records,
                this.checkpoints.between(anchor.seq(), last), null));
    }

    private ExportDocument sealed(ExportDocument unsealed) {
        List<ExportDocument.Record> records = unsealed.records();
        ExportDocument.Link last = records.isEmpty() ? unsealed.anchor() : new ExportDocument.Link(
                records.get(records.size() - 1).seq(), records.get(records.size() - 1).hash());
        return new ExportDocument(unsealed.format(), unsealed.exportedAt(), unsealed.from(), unsealed.to(),
                unsealed.anchor(), records, unsealed.checkpoints(),
                this.checkpoints.seal(unsealed, last, records.size()));
    }

    /** The chain link at {@code seq}: the genesis at 0. */
    private ExportDocument.Link link(long seq) {
        if (seq == 0) {
            return new ExportDocument.Link(0, ChainHash.GENESIS);
        }
        return new ExportDocument.Link(seq,
                this.jdbc.queryForObject("SELECT hash FROM audit_chain WHERE seq = ?", String.class, seq));
    }

}
