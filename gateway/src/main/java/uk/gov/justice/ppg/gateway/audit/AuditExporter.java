package uk.gov.justice.ppg.gateway.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.justice.ppg.audit.Checkpoint;
import uk.gov.justice.ppg.audit.ExportDocument;

/**
 * Exports the records of a time range so that they can be verified offline: from the last
 * signed checkpoint before the range (or the chain's start), through every record up to
 * the last one in the range, with the checkpoints in between and a seal signed now over
 * the last record.
 */
public class AuditExporter {

    private final JdbcTemplate jdbc;

    private final AuditSealer sealer;

    private final AuditCheckpoints checkpoints;

    public AuditExporter(JdbcTemplate jdbc, AuditSealer sealer, AuditCheckpoints checkpoints) {
        this.jdbc = jdbc;
        this.sealer = sealer;
        this.checkpoints = checkpoints;
    }

    public ExportDocument export(Instant from, Instant to) {
        this.sealer.sealPending();
        Long first = this.jdbc.queryForObject(
                "SELECT MIN(c.seq) FROM audit_chain c JOIN audit_record r "
                        + "ON r.record_id = c.record_id WHERE r.recorded_at >= ?",
                Long.class, java.sql.Timestamp.from(from));
        Long last = this.jdbc.queryForObject(
                "SELECT MAX(c.seq) FROM audit_chain c JOIN audit_record r "
                        + "ON r.record_id = c.record_id WHERE r.recorded_at <= ?",
                Long.class, java.sql.Timestamp.from(to));
        Instant now = this.checkpoints.now();
        if (first == null || last == null || first > last) {
            Checkpoint anchor = this.checkpoints.latestBefore(Long.MAX_VALUE).orElse(Checkpoint.genesis());
            return new ExportDocument(ExportDocument.FORMAT, now, from, to, anchor, List.of(), List.of(),
                    this.checkpoints.sealAt(anchor.seq(), anchor.hash()));
        }
        Checkpoint anchor = this.checkpoints.latestBefore(first).orElse(Checkpoint.genesis());
        List<ExportDocument.Record> records = this.jdbc.query(
                "SELECT c.seq, c.previous_hash, c.hash, " + AuditRows.COLUMNS
                        + " FROM audit_chain c JOIN audit_record r ON r.record_id = c.record_id "
                        + "WHERE c.seq > ? AND c.seq <= ? ORDER BY c.seq",
                (rs, row) -> new ExportDocument.Record(rs.getLong("seq"), rs.getString("previous_hash"),
                        rs.getString("hash"), AuditRows.fields(rs)),
                anchor.seq(), last);
        String lastHash = records.isEmpty() ? anchor.hash() : records.get(records.size() - 1).hash();
        return new ExportDocument(ExportDocument.FORMAT, now, from, to, anchor, records,
                this.checkpoints.between(anchor.seq(), last - 1), this.checkpoints.sealAt(last, lastHash));
    }

}
