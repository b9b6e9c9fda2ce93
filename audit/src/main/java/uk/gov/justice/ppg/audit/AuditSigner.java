package uk.gov.justice.ppg.audit;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/**
 * Signs checkpoints and export seals with the gateway's audit key, and verifies them with
 * its certificate. The two payloads carry different domain tags, so neither can stand in
 * for the other.
 */
public final class AuditSigner {

    private static final String ALGORITHM = "SHA256withRSA";

    private final PrivateKey key;

    public AuditSigner(PrivateKey key) {
        this.key = key;
    }

    public Checkpoint sign(long seq, String hash, Instant at) {
        Checkpoint unsigned = new Checkpoint(seq, hash, at, null, null);
        return new Checkpoint(seq, hash, at, sign(unsigned.payload()), null);
    }

    public static boolean verify(Checkpoint checkpoint, PublicKey key) {
        return checkpoint.signature() != null && verify(checkpoint.payload(), checkpoint.signature(), key);
    }

    /** Seals an export that holds {@code count} records ending at {@code last}. */
    public ExportDocument.Seal seal(ExportDocument unsealed, ExportDocument.Link last, int count) {
        return new ExportDocument.Seal(last, count, sign(unsealed.sealPayload(last, count)));
    }

    public static boolean verifySeal(ExportDocument export, PublicKey key) {
        ExportDocument.Seal seal = export.seal();
        return seal.signature() != null && seal.last() != null
                && verify(export.sealPayload(seal.last(), seal.records()), seal.signature(), key);
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
