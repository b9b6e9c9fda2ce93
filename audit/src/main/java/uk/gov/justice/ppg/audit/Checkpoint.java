package uk.gov.justice.ppg.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A signed statement that the chain had {@code hash} at {@code seq} at {@code createdAt}:
 * it anchors everything before it, so deleting or rewriting records, or cutting off the
 * tail, cannot go unnoticed.
 *
 * @param seq sequence number of the last record covered
 * @param hash the chain hash at that record
 * @param createdAt when the checkpoint was made
 * @param signature base64 SHA256withRSA signature by the audit key over
 * {@link #payload()}
 * @param timestampToken base64 RFC 3161 token over SHA-256 of {@link #payload()}, or null
 * @param keyId which audit key signed it: hex SHA-256 of its certificate
 * ({@link AuditSigner#keyId}); null in checkpoints made before keys were named
 */
public record Checkpoint(long seq, String hash, Instant createdAt, String signature, String timestampToken,
        String keyId) {

    /** A checkpoint that names no key (made before keys were named). */
    public Checkpoint(long seq, String hash, Instant createdAt, String signature, String timestampToken) {
        this(seq, hash, createdAt, signature, timestampToken, null);
    }

    /** The signed bytes: they include the key's name, where the checkpoint has one. */
    public byte[] payload() {
        String named = (this.keyId == null) ? "ppg-audit-checkpoint/1\n"
                : "ppg-audit-checkpoint/2\n" + this.keyId + "\n";
        return (named + this.seq + "\n" + this.hash + "\n" + this.createdAt + "\n").getBytes(StandardCharsets.UTF_8);
    }

    public Checkpoint withTimestampToken(String token) {
        return new Checkpoint(this.seq, this.hash, this.createdAt, this.signature, token, this.keyId);
    }

}
