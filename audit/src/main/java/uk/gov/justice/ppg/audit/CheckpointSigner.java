package uk.gov.justice.ppg.audit;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/**
 * Signs checkpoints with the gateway's audit key, and verifies them with its certificate.
 */
public final class CheckpointSigner {

    private static final String ALGORITHM = "SHA256withRSA";

    private final PrivateKey key;

    public CheckpointSigner(PrivateKey key) {
        this.key = key;
    }

    public Checkpoint sign(long seq, String hash, Instant at) {
        Checkpoint unsigned = new Checkpoint(seq, hash, at, null, null);
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(this.key);
            signature.update(unsigned.payload());
            return new Checkpoint(seq, hash, at, Base64.getEncoder().encodeToString(signature.sign()), null);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("cannot sign an audit checkpoint", ex);
        }
    }

    public static boolean verify(Checkpoint checkpoint, PublicKey key) {
        if (checkpoint.signature() == null) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(checkpoint.payload());
            return signature.verify(Base64.getDecoder().decode(checkpoint.signature()));
        }
        catch (GeneralSecurityException | IllegalArgumentException ex) {
            return false;
        }
    }

}
