package uk.gov.justice.ppg.gateway.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A payload as stored: sealed under a storage key ({@link PayloadCipher}), the first
 * {@code length} bytes of {@code array}, with the hash of what was sealed. The plain form
 * was streamed into the cipher, so it was never held whole beside the sealed one.
 *
 * @param array nonce, ciphertext and tag, then unused room
 * @param length how much of {@code array} is the sealed payload
 * @param keyId the storage key's alias
 * @param sha256 hex SHA-256 of the plain payload
 */
public record SealedPayload(byte[] array, int length, String keyId, String sha256) {

    ByteArrayInputStream stream() {
        return new ByteArrayInputStream(this.array, 0, this.length);
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "SealedPayload[" + this.length + " bytes under " + this.keyId + "]";
    }

    /** Writes a plain payload into the cipher's stream. */
    @FunctionalInterface
    public interface Writer {

        void writeTo(OutputStream plain) throws IOException;

    }

}
