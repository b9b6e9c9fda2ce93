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
 */
public record Checkpoint(long seq, String hash, Instant createdAt, String signature, String timestampToken) {

    /** The signed bytes. */
    public byte[] payload() {
        return ("ppg-audit-checkpoint/1\n" + this.seq + "\n" + this.hash + "\n" + this.createdAt + "\n")
            .getBytes(StandardCharsets.UTF_8);
    }

    public Checkpoint withTimestampToken(String token) {
        return new Checkpoint(this.seq, this.hash, this.createdAt, this.signature, token);
    }

}
