package uk.gov.justice.ppg.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The hash chain. Each record's hash is SHA-256 over a domain tag naming the record's
 * format, the previous record's hash, the record's sequence number and its canonical
 * encoding: every field of its format ({@link AuditFields#of}), as
 * {@code name:<byte length>:<UTF-8 bytes>\n}, or {@code name:-1:\n} when absent. The
 * encoding is unambiguous whatever a field holds (line breaks, separators, any Unicode),
 * so nothing in a field can forge another field.
 */
public final class ChainHash {

    /** The hash before the first record. */
    public static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    /** The hash of a record of the newest format. */
    public static String of(String previousHash, long seq, Map<String, String> fields) {
        return of(previousHash, seq, AuditFields.CURRENT, fields);
    }

    public static String of(String previousHash, long seq, int format, Map<String, String> fields) {
        MessageDigest digest = sha256();
        digest.update(("ppg-audit-record/" + format + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update((previousHash + "\n" + seq + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(canonical(format, fields));
        return HexFormat.of().formatHex(digest.digest());
    }

    public static byte[] canonical(int format, Map<String, String> fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        for (String name : AuditFields.of(format)) {
            String value = fields.get(name);
            byte[] bytes = (value == null) ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
            String prefix = name + ":" + ((value == null) ? -1 : bytes.length) + ":";
            out.writeBytes(prefix.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(bytes);
            out.write('\n');
        }
        return out.toByteArray();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
