package uk.gov.justice.ppg.gateway.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Cipher;
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

    byte[] seal(String rowId, byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        this.random.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, this.keys.get(this.currentKeyId), nonce, rowId, plain, 0,
                plain.length);
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    }

    byte[] open(String rowId, String keyId, byte[] stored) {
        SecretKey key = this.keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("payload sealed under key " + keyId + ", which the key store lacks");
        }
        byte[] nonce = new byte[NONCE_BYTES];
        System.arraycopy(stored, 0, nonce, 0, NONCE_BYTES);
        return run(Cipher.DECRYPT_MODE, key, nonce, rowId, stored, NONCE_BYTES, stored.length - NONCE_BYTES);
    }

    private static byte[] run(int mode, SecretKey key, byte[] nonce, String rowId, byte[] input, int offset,
            int length) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(rowId.getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(input, offset, length);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("payload could not be " + ((mode == Cipher.ENCRYPT_MODE) ? "sealed"
                    : "opened (wrong key, or the stored bytes were altered)"), ex);
        }
    }

}
