package uk.gov.justice.ppg.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * An export of the disclosure log: a run of consecutive records starting right after
 * {@code anchor} (a link of the chain: sequence number and hash), the periodic
 * checkpoints made within it, and a {@code seal} signed by the audit key at export time.
 * The seal covers everything that says what the export is (format, times, range, anchor,
 * how many records, the last one's hash), so no record can be added, removed or changed,
 * at either end or in between, and the export cannot be relabelled.
 *
 * @param format {@value #FORMAT}
 * @param exportedAt when the export was made
 * @param from start of the time range asked for
 * @param to end of the time range asked for
 * @param anchor the chain link just before the first record
 * @param records the records, in sequence order
 * @param checkpoints the periodic checkpoints made within the records' range
 * @param seal the export's signature
 */
public record ExportDocument(String format, Instant exportedAt, Instant from, Instant to, Link anchor,
        List<Record> records, List<Checkpoint> checkpoints, Seal seal) {

    /** The export format the gateway writes: records carry their record format. */
    public static final String FORMAT = "ppg-audit-export/3";

    /** The previous export format, every record of record format 1; still verified. */
    public static final String FORMAT_2 = "ppg-audit-export/2";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /**
     * One exported record.
     *
     * @param seq its place in the chain
     * @param format its record format ({@link AuditFields#of}); absent (0) in a
     * {@value #FORMAT_2} export, whose records are all of format 1
     * @param previousHash the chain hash before it, as stored
     * @param hash its chain hash, as stored
     * @param fields its fields by name: exactly its format's, null when absent
     */
    public record Record(long seq, int format, String previousHash, String hash, Map<String, String> fields) {

        /**
         * The record format, reading a {@value #FORMAT_2} export's records as format 1.
         */
        public int recordFormat() {
            return (this.format == 0) ? 1 : this.format;
        }

    }

    /**
     * A point in the chain.
     *
     * @param seq sequence number (0 before the first record)
     * @param hash the chain hash there ({@link ChainHash#GENESIS} at 0)
     */
    public record Link(long seq, String hash) {
    }

    /**
     * What the export claims to hold, signed.
     *
     * @param last the chain link of the last record (the anchor when there are none)
     * @param records how many records the export holds
     * @param signature base64 SHA256withRSA by the audit key over {@link #sealPayload}
     * @param keyId which audit key sealed it ({@link AuditSigner#keyId}); null in exports
     * sealed before keys were named
     */
    public record Seal(Link last, int records, String signature, String keyId) {

        /** A seal that names no key. */
        public Seal(Link last, int records, String signature) {
            this(last, records, signature, null);
        }

    }

    /**
     * The bytes the seal signs: the export's description, given its last link and size,
     * and the sealing key's name where it has one.
     */
    public byte[] sealPayload(Link last, int count, String keyId) {
        String named = (keyId == null) ? "ppg-audit-seal/2\n" : "ppg-audit-seal/3\n" + keyId + "\n";
        return (named + this.format + "\n" + this.exportedAt + "\n" + this.from + "\n" + this.to + "\n"
                + this.anchor.seq() + "\n" + this.anchor.hash() + "\n" + last.seq() + "\n" + last.hash() + "\n" + count
                + "\n")
            .getBytes(StandardCharsets.UTF_8);
    }

    public void write(OutputStream out) throws IOException {
        JSON.writeValue(out, this);
    }

    public static ExportDocument read(InputStream in) throws IOException {
        return JSON.readValue(in, ExportDocument.class);
    }

}
