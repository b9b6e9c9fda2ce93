package uk.gov.justice.ppg.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The hash chain. Each record's hash is SHA-256 over a domain tag, the previous record's
 * hash, the record's sequence number and its canonical encoding: every field in
 * {@link AuditFields#ORDER}, as {@code name:<byte length>:<UTF-8 bytes>\n}, or
 * {@code name:-1:\n} when absent. The encoding is unambiguous whatever a field holds
 * (line breaks, separators, any Unicode), so nothing in a field can forge another field.
 */
public final class ChainHash {

    /** The hash before the first record. */
    public static final String GENESIS = "0".repeat(64);

    private static final byte[] TAG = "ppg-audit-record/1\n".getBytes(StandardCharsets.UTF_8);

    private ChainHash() {
    }

    public static String of(String previousHash, long seq, Map<String, String> fields) {
        MessageDigest digest = sha256();
        digest.update(TAG);
        digest.update((previousHash + "\n" + seq + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(canonical(fields));
        return HexFormat.of().formatHex(digest.digest());
    }

    public static byte[] canonical(Map<String, String> fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        for (String name : AuditFields.ORDER) {
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
