package uk.gov.justice.ppg.audit;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Archives of the disclosure log: exports of consecutive ranges, each sealed by the audit
 * key, that chain across files the way X-Road's hash-linked archives do. Each one's
 * anchor is the previous one's last link, and the first is anchored at the genesis. The
 * chain verifies if every file verifies alone ({@link ExportVerifier}) and no file is
 * missing, repeated or reordered: a gap, an overlap or a file whose anchor names another
 * hash is caught at the first record it affects.
 */
public final class ArchiveChain {

    private ArchiveChain() {
    }

    /**
     * The outcome for a set of archives.
     *
     * @param verified whether the whole chain checked
     * @param files how many archive files it holds
     * @param records how many records they hold in all
     * @param lastSeq the last record's sequence number
     * @param problem what is wrong, if anything, naming the file (by its first record)
     */
    public record Verdict(boolean verified, int files, long records, long lastSeq, String problem) {
    }

    public static Verdict verify(List<ExportDocument> archives, X509Certificate auditCertificate,
            Optional<X509Certificate> tsaCertificate) {
        return verify(archives, List.of(auditCertificate), tsaCertificate);
    }

    /**
     * Verifies with the history of audit certificates, as {@link ExportVerifier} does.
     */
    public static Verdict verify(List<ExportDocument> archives, List<X509Certificate> auditCertificates,
            Optional<X509Certificate> tsaCertificate) {
        List<ExportDocument> ordered = new ArrayList<>(archives);
        ordered.sort(Comparator.comparingLong((archive) -> archive.anchor().seq()));
        ExportDocument.Link expected = new ExportDocument.Link(0, ChainHash.GENESIS);
        long records = 0;
        for (ExportDocument archive : ordered) {
            long first = archive.anchor().seq() + 1;
            ExportVerifier.Verdict alone = ExportVerifier.verify(archive, auditCertificates, tsaCertificate);
            if (!alone.verified()) {
                return new Verdict(false, ordered.size(), records, expected.seq(),
                        "archive from record " + first + ": " + alone.problem());
            }
            if (archive.anchor().seq() != expected.seq()) {
                return new Verdict(false, ordered.size(), records, expected.seq(),
                        "archive from record " + first + " follows record " + expected.seq() + ": records "
                                + (expected.seq() + 1) + " to " + archive.anchor().seq() + " are "
                                + ((archive.anchor().seq() > expected.seq()) ? "missing" : "archived twice"));
            }
            if (!archive.anchor().hash().equals(expected.hash())) {
                return new Verdict(false, ordered.size(), records, expected.seq(), "archive from record " + first
                        + " is anchored at another hash than the archive before it ends with");
            }
            records += archive.records().size();
            expected = archive.seal().last();
        }
        return new Verdict(true, ordered.size(), records, expected.seq(), null);
    }

}
