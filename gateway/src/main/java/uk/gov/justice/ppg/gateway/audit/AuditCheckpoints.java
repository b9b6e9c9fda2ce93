package uk.gov.justice.ppg.gateway.audit;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import uk.gov.justice.ppg.audit.AuditSigner;
import uk.gov.justice.ppg.audit.Checkpoint;
import uk.gov.justice.ppg.audit.ExportDocument;

/**
 * Signed checkpoints of the chain's end, made periodically and optionally time-stamped by
 * a TSA, and the seals of exports. A TSA that cannot be reached leaves a checkpoint
 * without a token, never no checkpoint.
 */
class AuditCheckpoints {

    private static final Logger LOG = LoggerFactory.getLogger(AuditCheckpoints.class);

    private static final RowMapper<Checkpoint> CHECKPOINT = (rs, row) -> new Checkpoint(rs.getLong("seq"),
            rs.getString("hash"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
            rs.getString("signature"), rs.getString("timestamp_token"), rs.getString("key_id"));

    private final JdbcTemplate jdbc;

    private volatile AuditSigner signer;

    private final Optional<TsaClient> tsa;

    private final AuditSealer sealer;

    private final Clock clock;

    private final String nodeId;

    AuditCheckpoints(JdbcTemplate jdbc, AuditSigner signer, Optional<TsaClient> tsa, AuditSealer sealer, Clock clock,
            String nodeId) {
        this.jdbc = jdbc;
        this.signer = signer;
        this.tsa = tsa;
        this.sealer = sealer;
        this.clock = clock;
        this.nodeId = nodeId;
    }

    /** Signs from now on with a replaced audit key (which its checkpoints name). */
    void use(AuditSigner replacement) {
        this.signer = replacement;
    }

    public void checkpointOnSchedule() {
        checkpoint("PERIODIC");
    }

    /**
     * A checkpoint at start-up and at an orderly stop as well as on the timer: a node
     * that seldom lives a whole interval still leaves signed checkpoints.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void checkpointAtStart() {
        checkpoint("START");
    }

    @EventListener(ContextClosedEvent.class)
    public void checkpointAtStop() {
        checkpoint("STOP");
    }

    private void checkpoint(String kind) {
        try {
            AuditSealer.Head head = this.sealer.sealPending();
            if (head != null && head.seq() > 0 && at(head.seq()).isEmpty()) {
                record(sign(head.seq(), head.hash()), kind);
            }
        }
        catch (DataAccessException ex) {
            LOG.warn("audit checkpoint postponed: database unavailable");
        }
    }

    /** Signs an export's seal: it holds {@code count} records ending at {@code last}. */
    public ExportDocument.Seal seal(ExportDocument unsealed, ExportDocument.Link last, int count) {
        return this.signer.seal(unsealed, last, count);
    }

    public Optional<Checkpoint> at(long seq) {
        return this.jdbc.query("SELECT * FROM audit_checkpoint WHERE seq = ?", CHECKPOINT, seq).stream().findFirst();
    }

    public List<Checkpoint> between(long after, long upTo) {
        return this.jdbc.query("SELECT * FROM audit_checkpoint WHERE seq > ? AND seq <= ? ORDER BY seq", CHECKPOINT,
                after, upTo);
    }

    private Checkpoint sign(long seq, String hash) {
        Checkpoint checkpoint = this.signer.sign(seq, hash, this.clock.instant().truncatedTo(ChronoUnit.MICROS));
        if (this.tsa.isEmpty()) {
            return checkpoint;
        }
        try {
            return checkpoint.withTimestampToken(this.tsa.get().stamp(checkpoint));
        }
        catch (IOException | RuntimeException ex) {
            LOG.warn("checkpoint {} not time-stamped: TSA unavailable ({})", seq, ex.getClass().getSimpleName());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        return checkpoint;
    }

    private Checkpoint record(Checkpoint checkpoint, String kind) {
        this.jdbc.update(
                "INSERT INTO audit_checkpoint (seq, hash, created_at, signature, timestamp_token, kind, "
                        + "node_id, key_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                checkpoint.seq(), checkpoint.hash(), Timestamp.from(checkpoint.createdAt()), checkpoint.signature(),
                checkpoint.timestampToken(), kind, this.nodeId, checkpoint.keyId());
        return at(checkpoint.seq()).orElse(checkpoint);
    }

    Instant now() {
        return this.clock.instant();
    }

}
