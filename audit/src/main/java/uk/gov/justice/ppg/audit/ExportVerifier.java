package uk.gov.justice.ppg.audit;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies an export without trusting whoever made it. The seal must be signed by the
 * audit key over the export's description (range, anchor, size, last hash); every record
 * must follow on from the anchor in sequence, carry exactly the record fields, link to
 * the one before and hash to what it says; every checkpoint must be signed and agree with
 * the chain; the records must end where the seal says. With a TSA certificate, every
 * time-stamp token present must be the TSA's, over its checkpoint, and close to the
 * checkpoint's time. The first failure names the record from which the export stops being
 * trustworthy.
 */
public final class ExportVerifier {

    /** How far a TSA's time may be from the checkpoint time it stamps. */
    static final Duration TIMESTAMP_TOLERANCE = Duration.ofMinutes(5);

    private ExportVerifier() {
    }

    /**
     * The outcome.
     *
     * @param verified whether everything checked
     * @param records how many records were checked
     * @param firstBadSeq sequence number of the first record that is wrong or missing, if
     * any
     * @param problem what is wrong, if anything
     * @param checkpoints how many checkpoints the export holds
     * @param timestamped how many of them carry a time-stamp verified against the TSA
     */
    public record Verdict(boolean verified, int records, Optional<Long> firstBadSeq, String problem, int checkpoints,
            int timestamped) {

        static Verdict bad(int records, long seq, String problem) {
            return new Verdict(false, records, Optional.of(seq), problem, 0, 0);
        }

    }

    public static Verdict verify(ExportDocument export, X509Certificate auditCertificate,
            Optional<X509Certificate> tsaCertificate) {
        return verify(export, List.of(auditCertificate), tsaCertificate);
    }

    /**
     * Verifies with the history of audit certificates: each checkpoint and the seal with
     * the key it names.
     */
    public static Verdict verify(ExportDocument export, List<X509Certificate> auditCertificates,
            Optional<X509Certificate> tsaCertificate) {
        try {
            return verifyWellFormed(export, new AuditKeys(auditCertificates), tsaCertificate);
        }
        catch (RuntimeException ex) {
            return Verdict.bad(0, 1, "the export is malformed (" + ex.getClass().getSimpleName() + ")");
        }
    }

    private static Verdict verifyWellFormed(ExportDocument export, AuditKeys keys, Optional<X509Certificate> tsa) {
        boolean previousFormat = ExportDocument.FORMAT_2.equals(export.format());
        if (!ExportDocument.FORMAT.equals(export.format()) && !previousFormat) {
            return Verdict.bad(0, 1, "unknown export format " + export.format());
        }
        ExportDocument.Link anchor = export.anchor();
        if (anchor == null || export.seal() == null || export.records() == null || export.checkpoints() == null) {
            return Verdict.bad(0, 1, "the export lacks its anchor, seal, records or checkpoints");
        }
        if (!keys.sealVerifies(export)) {
            return Verdict.bad(0, anchor.seq() + 1,
                    "the seal does not verify with the audit key: the export's range, anchor or size was changed");
        }
        Map<Long, String> chain = new HashMap<>();
        chain.put(anchor.seq(), anchor.hash());
        String previous = anchor.hash();
        List<ExportDocument.Record> records = export.records();
        for (int i = 0; i < records.size(); i++) {
            ExportDocument.Record record = records.get(i);
            long expected = anchor.seq() + 1 + i;
            Optional<String> problem = problem(record, expected, previous, previousFormat);
            if (problem.isPresent()) {
                return Verdict.bad(i, expected, problem.get());
            }
            chain.put(record.seq(), record.hash());
            previous = record.hash();
        }
        ExportDocument.Link last = new ExportDocument.Link(anchor.seq() + records.size(), previous);
        return checkpoints(export, keys, tsa, chain, last);
    }

    /**
     * What is wrong with the record found where {@code expected} should be, if anything.
     */
    private static Optional<String> problem(ExportDocument.Record record, long expected, String previous,
            boolean previousFormat) {
        String id = (record.fields() != null) ? record.fields().get("record_id") : null;
        if (record.seq() != expected) {
            return Optional.of("record " + expected + " is missing or out of place: found " + record.seq() + " (" + id
                    + ") instead");
        }
        if ((previousFormat && record.format() != 0) || (!previousFormat && !AuditFields.known(record.format()))) {
            return Optional.of("record " + expected + " (" + id + ") has an unknown record format " + record.format());
        }
        int format = record.recordFormat();
        if (record.fields() == null || !Set.copyOf(AuditFields.of(format)).equals(record.fields().keySet())) {
            return Optional.of("record " + expected + " (" + id + ") does not have exactly the audit record fields");
        }
        if (!previous.equals(record.previousHash())) {
            return Optional.of("record " + expected + " (" + id
                    + ") does not link to the record before it: inserted, deleted or reordered");
        }
        if (!ChainHash.of(previous, expected, format, record.fields()).equals(record.hash())) {
            return Optional.of("record " + expected + " (" + id + ") has been altered");
        }
        return Optional.empty();
    }

    /**
     * Checkpoints in sequence order, then the seal's extent. A checkpoint or a seal the
     * chain disagrees with means the records since the last point that did agree were
     * rewritten (hashes recomputed to match); the first of them is named.
     */
    private static Verdict checkpoints(ExportDocument export, AuditKeys keys, Optional<X509Certificate> tsa,
            Map<Long, String> chain, ExportDocument.Link last) {
        int count = export.records().size();
        List<Checkpoint> ordered = new ArrayList<>(export.checkpoints());
        ordered.sort(Comparator.comparingLong(Checkpoint::seq));
        long lastGood = export.anchor().seq();
        int timestamped = 0;
        for (Checkpoint checkpoint : ordered) {
            Optional<String> unsigned = keys.problem(checkpoint);
            if (unsigned.isPresent()) {
                return Verdict.bad(count, lastGood + 1, unsigned.get());
            }
            if (!checkpoint.hash().equals(chain.get(checkpoint.seq()))) {
                return Verdict.bad(count, lastGood + 1,
                        "the chain disagrees with the signed checkpoint at " + checkpoint.seq() + ": records "
                                + (lastGood + 1) + " to " + checkpoint.seq() + " were rewritten");
            }
            if (tsa.isPresent() && checkpoint.timestampToken() != null) {
                Optional<Instant> stamped = TimestampTokens.verifiedTime(checkpoint, tsa.get());
                if (stamped.isEmpty() || Duration.between(checkpoint.createdAt(), stamped.get())
                    .abs()
                    .compareTo(TIMESTAMP_TOLERANCE) > 0) {
                    return Verdict.bad(count, lastGood + 1,
                            "the time-stamp on the checkpoint at " + checkpoint.seq() + " does not verify");
                }
                timestamped++;
            }
            lastGood = checkpoint.seq();
        }
        ExportDocument.Seal seal = export.seal();
        if (seal.records() > count) {
            return Verdict.bad(count, last.seq() + 1, "records " + (last.seq() + 1) + " to " + seal.last().seq()
                    + " the seal covers are missing: cut off the end");
        }
        if (seal.records() < count) {
            return Verdict.bad(count, seal.last().seq() + 1, "records after the sealed end were added");
        }
        if (!last.equals(seal.last())) {
            return Verdict.bad(count, lastGood + 1, "the chain disagrees with the seal: records " + (lastGood + 1)
                    + " to " + last.seq() + " were rewritten");
        }
        return new Verdict(true, count, Optional.empty(), "verified", ordered.size(), timestamped);
    }

}
