package uk.gov.justice.ppg.audit;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Signs checkpoints and export seals with the gateway's audit key, and verifies them with
 * its certificate. The two payloads carry different domain tags, so neither can stand in
 * for the other.
 */
public final class AuditSigner {

    private static final String ALGORITHM = "SHA256withRSA";

    private final PrivateKey key;

    private final String keyId;

    /** A signer whose checkpoints and seals name no key (as before keys were named). */
    public AuditSigner(PrivateKey key) {
        this(key, (String) null);
    }

    /** A signer that names its key by its certificate, so keys can rotate. */
    public AuditSigner(PrivateKey key, X509Certificate certificate) {
        this(key, keyId(certificate));
    }

    private AuditSigner(PrivateKey key, String keyId) {
        this.key = key;
        this.keyId = keyId;
    }

    /** An audit key's name: hex SHA-256 of its certificate's encoding. */
    public static String keyId(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("cannot name the audit key", ex);
        }
    }

    public Checkpoint sign(long seq, String hash, Instant at) {
        Checkpoint unsigned = new Checkpoint(seq, hash, at, null, null, this.keyId);
        return new Checkpoint(seq, hash, at, sign(unsigned.payload()), null, this.keyId);
    }

    public static boolean verify(Checkpoint checkpoint, PublicKey key) {
        return checkpoint.signature() != null && verify(checkpoint.payload(), checkpoint.signature(), key);
    }

    /** Seals an export that holds {@code count} records ending at {@code last}. */
    public ExportDocument.Seal seal(ExportDocument unsealed, ExportDocument.Link last, int count) {
        return new ExportDocument.Seal(last, count, sign(unsealed.sealPayload(last, count, this.keyId)), this.keyId);
    }

    public static boolean verifySeal(ExportDocument export, PublicKey key) {
        ExportDocument.Seal seal = export.seal();
        return seal.signature() != null && seal.last() != null
                && verify(export.sealPayload(seal.last(), seal.records(), seal.keyId()), seal.signature(), key);
    }

    private String sign(byte[] payload) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(this.key);
            signature.update(payload);
            return Base64.getEncoder().encodeToString(signature.sign());
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("cannot sign with the audit key", ex);
        }
    }

    private static boolean verify(byte[] payload, String signatureText, PublicKey key) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(payload);
            return signature.verify(Base64.getDecoder().decode(signatureText));
        }
        catch (GeneralSecurityException | IllegalArgumentException ex) {
            return false;
        }
    }

}
