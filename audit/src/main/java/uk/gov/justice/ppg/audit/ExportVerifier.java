package uk.gov.justice.ppg.audit;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Verifies an export without trusting whoever made it: the anchor is the genesis or a
 * checkpoint signed by the audit key; every record follows on in sequence, links to the
 * one before and hashes to what it says; every checkpoint and the seal are signed and
 * agree with the chain; time-stamp tokens, if a TSA certificate is given, are valid. The
 * first failure names the record at which the export stops being trustworthy.
 */
public final class ExportVerifier {

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
     */
    public record Verdict(boolean verified, int records, Optional<Long> firstBadSeq, String problem) {

        static Verdict ok(int records) {
            return new Verdict(true, records, Optional.empty(), "verified");
        }

        static Verdict bad(int records, long seq, String problem) {
            return new Verdict(false, records, Optional.of(seq), problem);
        }

    }

    public static Verdict verify(ExportDocument export, X509Certificate auditCertificate,
            Optional<X509Certificate> tsaCertificate) {
        PublicKey key = auditCertificate.getPublicKey();
        Checkpoint anchor = export.anchor();
        if (!ExportDocument.FORMAT.equals(export.format())) {
            return Verdict.bad(0, anchor.seq() + 1, "unknown export format " + export.format());
        }
        if (!anchor.isGenesis() && !CheckpointSigner.verify(anchor, key)) {
            return Verdict.bad(0, anchor.seq() + 1, "the anchor checkpoint's signature does not verify");
        }
        Map<Long, String> chain = new HashMap<>();
        chain.put(anchor.seq(), anchor.hash());
        long expected = anchor.seq() + 1;
        String previous = anchor.hash();
        List<ExportDocument.Record> records = export.records();
        for (int i = 0; i < records.size(); i++) {
            ExportDocument.Record record = records.get(i);
            String id = record.fields().get("record_id");
            if (record.seq() != expected) {
                return Verdict.bad(i, expected, "record " + expected + " is missing or out of place: found "
                        + record.seq() + " (" + id + ") instead");
            }
            if (!previous.equals(record.previousHash())) {
                return Verdict.bad(i, record.seq(), "record " + record.seq() + " (" + id
                        + ") does not link to the record before it: inserted, deleted or reordered");
            }
            if (!ChainHash.of(previous, record.seq(), record.fields()).equals(record.hash())) {
                return Verdict.bad(i, record.seq(), "record " + record.seq() + " (" + id + ") has been altered");
            }
            chain.put(record.seq(), record.hash());
            previous = record.hash();
            expected++;
        }
        return checkpoints(export, key, tsaCertificate, chain, expected - 1);
    }

    /**
     * Checkpoints in sequence order, then the seal. A checkpoint the chain disagrees with
     * means the records since the last checkpoint that did agree were rewritten (hashes
     * recomputed to match); the first of them is named.
     */
    private static Verdict checkpoints(ExportDocument export, PublicKey key, Optional<X509Certificate> tsa,
            Map<Long, String> chain, long last) {
        int count = export.records().size();
        List<Checkpoint> ordered = new java.util.ArrayList<>(export.checkpoints());
        ordered.sort(java.util.Comparator.comparingLong(Checkpoint::seq));
        if (export.seal() == null) {
            return Verdict.bad(count, last + 1, "the export has no seal: its end cannot be checked");
        }
        ordered.add(export.seal());
        long lastGood = export.anchor().seq();
        for (Checkpoint checkpoint : ordered) {
            String what = (checkpoint == export.seal()) ? "seal" : "checkpoint";
            if (!CheckpointSigner.verify(checkpoint, key)) {
                return Verdict.bad(count, lastGood + 1,
                        "the " + what + " at " + checkpoint.seq() + " is not signed by the audit key");
            }
            if (checkpoint.seq() > last) {
                return Verdict.bad(count, last + 1, "the " + what + " at " + checkpoint.seq()
                        + " covers records after the last one exported (" + last + "): records were cut off the end");
            }
            if (!checkpoint.hash().equals(chain.get(checkpoint.seq()))) {
                return Verdict.bad(count, lastGood + 1,
                        "the chain disagrees with the signed " + what + " at " + checkpoint.seq() + ": records "
                                + (lastGood + 1) + " to " + checkpoint.seq() + " were rewritten");
            }
            if (tsa.isPresent() && checkpoint.timestampToken() != null
                    && !TimestampTokens.verify(checkpoint, tsa.get())) {
                return Verdict.bad(count, checkpoint.seq(),
                        "the time-stamp on the " + what + " at " + checkpoint.seq() + " does not verify");
            }
            lastGood = checkpoint.seq();
        }
        if (export.seal().seq() != last) {
            return Verdict.bad(count, export.seal().seq() + 1, "the export has records after its seal");
        }
        return Verdict.ok(count);
    }

}
