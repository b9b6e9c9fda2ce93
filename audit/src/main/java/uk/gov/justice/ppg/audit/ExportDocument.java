package uk.gov.justice.ppg.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * An export of the disclosure log: a run of consecutive records, starting right after
 * {@code anchor} (the genesis or a signed checkpoint), the checkpoints within it, and a
 * {@code seal}: a checkpoint signed at export time over the last record, so that cutting
 * records off the end is detected.
 *
 * @param format {@value #FORMAT}
 * @param exportedAt when the export was made
 * @param from start of the time range asked for
 * @param to end of the time range asked for
 * @param anchor where the records' chain starts
 * @param records the records, in sequence order
 * @param checkpoints the checkpoints made within the records' range
 * @param seal the export's own checkpoint over its last record
 */
public record ExportDocument(String format, Instant exportedAt, Instant from, Instant to, Checkpoint anchor,
        List<Record> records, List<Checkpoint> checkpoints, Checkpoint seal) {

    public static final String FORMAT = "ppg-audit-export/1";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /**
     * One exported record.
     *
     * @param seq its place in the chain
     * @param previousHash the chain hash before it, as stored
     * @param hash its chain hash, as stored
     * @param fields its fields by name ({@link AuditFields#ORDER})
     */
    public record Record(long seq, String previousHash, String hash, Map<String, String> fields) {
    }

    public void write(OutputStream out) throws IOException {
        JSON.writeValue(out, this);
    }

    public static ExportDocument read(InputStream in) throws IOException {
        return JSON.readValue(in, ExportDocument.class);
    }

}
