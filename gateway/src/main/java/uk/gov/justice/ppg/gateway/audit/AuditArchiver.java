package uk.gov.justice.ppg.gateway.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.justice.ppg.audit.ExportDocument;
import uk.gov.justice.ppg.gateway.security.Digests;

/**
 * Writes old ranges of the disclosure log to archive files (table {@code audit_archive},
 * owned here): each a sealed export of the sealed records after the last archive up to
 * those recorded before the cut-off, at most {@code maxRecords} a file, anchored at the
 * previous archive's last link, so the files chain and the offline verifier checks them
 * as one ({@code ArchiveChain}). The row, the file and its audit record commit together;
 * two nodes archiving at once write each range once. The records stay in the database.
 */
public final class AuditArchiver {

    private static final Logger LOG = LoggerFactory.getLogger(AuditArchiver.class);

    private final JdbcTemplate jdbc;

    private final AuditExporter exporter;

    private final AuditTrail audit;

    private final TransactionTemplate transactions;

    private final Path directory;

    private final String nodeId;

    private final Clock clock;

    private final int maxRecords;

    AuditArchiver(JdbcTemplate jdbc, AuditExporter exporter, AuditTrail audit, TransactionTemplate transactions,
            Path directory, String nodeId, Clock clock, int maxRecords) {
        this.jdbc = jdbc;
        this.exporter = exporter;
        this.audit = audit;
        this.transactions = transactions;
        this.directory = directory;
        this.nodeId = nodeId;
        this.clock = clock;
        this.maxRecords = maxRecords;
    }

    /**
     * Archives what was recorded before {@code before} and no archive holds; the files
     * written.
     */
    public List<Path> archive(Instant before) {
        List<Path> written = new ArrayList<>();
        while (true) {
            long archived = this.jdbc.queryForObject("SELECT COALESCE(MAX(last_seq), 0) FROM audit_archive",
                    Long.class);
            Long upTo = this.jdbc.queryForObject(
                    "SELECT MAX(c.seq) FROM audit_chain c JOIN audit_record r "
                            + "ON r.record_id = c.record_id WHERE r.recorded_at < ?",
                    Long.class, Timestamp.from(before));
            if (upTo == null || upTo <= archived) {
                return written;
            }
            Optional<Path> file = write(this.exporter.range(archived, Math.min(upTo, archived + this.maxRecords)));
            if (file.isEmpty()) {
                return written;
            }
            written.add(file.get());
        }
    }

    private Optional<Path> write(ExportDocument archive) {
        long first = archive.anchor().seq() + 1;
        long last = archive.seal().last().seq();
        String name = String.format("audit-archive-%012d-%012d.json", first, last);
        byte[] bytes = bytes(archive);
        String sha256 = Digests.sha256Hex(bytes);
        try {
            return Optional.ofNullable(this.transactions.execute((status) -> {
                this.jdbc.update(
                        "INSERT INTO audit_archive (first_seq, last_seq, file_name, sha256, node_id, "
                                + "archived_at) VALUES (?, ?, ?, ?, ?, ?)",
                        first, last, name, sha256, this.nodeId, Timestamp.from(this.clock.instant()));
                this.audit.append(AuditRecord.builder(AuditEvent.AUDIT_ARCHIVED, AuditRecord.Outcome.ISSUED)
                    .purpose(Purpose.OVERSIGHT)
                    .payloadSha256(sha256)
                    .reason("ARCHIVE", "records " + first + " to " + last + " in " + name));
                return place(name, bytes);
            }));
        }
        catch (DuplicateKeyException ex) {
            LOG.info("audit records from {} archived by another node meanwhile", first);
            return Optional.empty();
        }
    }

    private Path place(String name, byte[] bytes) {
        try {
            Files.createDirectories(this.directory);
            Path partial = this.directory.resolve(name + ".partial");
            Files.write(partial, bytes);
            return Files.move(partial, this.directory.resolve(name), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("audit archive " + name + " not written", ex);
        }
    }

    private static byte[] bytes(ExportDocument archive) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            archive.write(out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
