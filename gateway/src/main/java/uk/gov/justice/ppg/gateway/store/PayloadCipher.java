package uk.gov.justice.ppg.gateway.store;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.CipherOutputStream;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Stored payloads are personal data: each is sealed with AES-256-GCM under the current
 * key of the gateway's storage key store, with a fresh 96-bit nonce, the row's id as
 * associated data (a payload moved to another row does not open), and the key's alias
 * kept on the row so keys can rotate: new rows take the current key, old rows open with
 * theirs as long as it stays in the store.
 */
public final class PayloadCipher {

    private static final int NONCE_BYTES = 12;

    private static final int TAG_BITS = 128;

    private static final int WRITE_BLOCK = 16384;

    private final Map<String, SecretKey> keys;

    private final String currentKeyId;

    private final SecureRandom random = new SecureRandom();

    PayloadCipher(Map<String, SecretKey> keys, String currentKeyId) {
        if (!keys.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("the storage key store holds no key " + currentKeyId);
        }
        this.keys = Map.copyOf(keys);
        this.currentKeyId = currentKeyId;
    }

    /** Every secret key in {@code store}, by alias. */
    static PayloadCipher from(KeyStore store, char[] password, String currentKeyId) {
        Map<String, SecretKey> keys = new HashMap<>();
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.getKey(alias, password) instanceof SecretKey key) {
                    keys.put(alias, key);
                }
            }
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("the storage key store cannot be read", ex);
        }
        return new PayloadCipher(keys, currentKeyId);
    }

    String currentKeyId() {
        return this.currentKeyId;
    }

    /**
     * Seals what {@code writer} writes as it writes it, hashing it on the way, into a
     * buffer of {@code expectedBytes} to begin with: a large payload is held once,
     * sealed.
     */
    SealedPayload seal(String rowId, int expectedBytes, SealedPayload.Writer writer) {
        byte[] nonce = new byte[NONCE_BYTES];
        this.random.nextBytes(nonce);
        Cipher cipher = cipher(Cipher.ENCRYPT_MODE, this.keys.get(this.currentKeyId), nonce, rowId);
        MessageDigest sha256 = sha256();
        Buffer sealed = new Buffer(NONCE_BYTES + Math.max(0, expectedBytes) + TAG_BITS / Byte.SIZE);
        sealed.write(nonce, 0, NONCE_BYTES);
        // the canonicaliser writes a byte or a name at a time: the cipher and the digest
        // take blocks
        try (OutputStream plain = new BufferedOutputStream(
                new DigestOutputStream(new CipherOutputStream(sealed, cipher), sha256), WRITE_BLOCK)) {
            writer.writeTo(plain);
        }
        catch (IOException ex) {
            throw new IllegalStateException("payload could not be sealed", ex);
        }
        return new SealedPayload(sealed.array(), sealed.size(), this.currentKeyId,
                HexFormat.of().formatHex(sha256.digest()));
    }

    /**
     * The nonce, then the ciphertext and tag, in one array: a large payload is not
     * copied.
     */
    byte[] seal(String rowId, byte[] plain) {
        byte[] sealed = new byte[NONCE_BYTES + plain.length + TAG_BITS / Byte.SIZE];
        byte[] nonce = new byte[NONCE_BYTES];
        this.random.nextBytes(nonce);
        System.arraycopy(nonce, 0, sealed, 0, NONCE_BYTES);
        Cipher cipher = cipher(Cipher.ENCRYPT_MODE, this.keys.get(this.currentKeyId), nonce, rowId);
        try {
            cipher.doFinal(plain, 0, plain.length, sealed, NONCE_BYTES);
            return sealed;
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("payload could not be sealed", ex);
        }
    }

    byte[] open(String rowId, String keyId, byte[] stored) {
        SecretKey key = this.keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("payload sealed under key " + keyId + ", which the key store lacks");
        }
        byte[] nonce = new byte[NONCE_BYTES];
        System.arraycopy(stored, 0, nonce, 0, NONCE_BYTES);
        Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, nonce, rowId);
        try {
            return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("payload could not be opened (wrong key, or the stored bytes were altered)",
                    ex);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is missing from the platform", ex);
        }
    }

    /** A byte stream whose buffer is handed on as it is, not trimmed by a copy. */
    private static final class Buffer extends ByteArrayOutputStream {

        Buffer(int size) {
            super(size);
        }

        byte[] array() {
            return this.buf;
        }

    }

    private static Cipher cipher(int mode, SecretKey key, byte[] nonce, String rowId) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(rowId.getBytes(StandardCharsets.US_ASCII));
            return cipher;
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("the payload cipher is not available", ex);
        }
    }

}
