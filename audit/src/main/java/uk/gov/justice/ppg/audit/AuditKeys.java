package uk.gov.justice.ppg.audit;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The audit certificates a verifier is given: the history of the gateway's audit keys,
 * found by the name a checkpoint or seal gives ({@link AuditSigner#keyId}). A named key
 * must be among them and must have been valid when the checkpoint was made; what names no
 * key (made before keys were named) may be signed by any of them.
 */
final class AuditKeys {

    private final List<X509Certificate> certificates;

    private final Map<String, X509Certificate> byId;

    AuditKeys(List<X509Certificate> certificates) {
        this.certificates = List.copyOf(certificates);
        this.byId = certificates.stream()
            .collect(Collectors.toMap(AuditSigner::keyId, Function.identity(), (one, two) -> one));
    }

    /** What is wrong with the checkpoint's signature, if anything. */
    Optional<String> problem(Checkpoint checkpoint) {
        String at = "the checkpoint at " + checkpoint.seq();
        if (checkpoint.keyId() == null) {
            return this.certificates.stream()
                .anyMatch((certificate) -> AuditSigner.verify(checkpoint, certificate.getPublicKey()))
                        ? Optional.empty() : Optional.of(at + " is not signed by the audit key");
        }
        X509Certificate certificate = this.byId.get(checkpoint.keyId());
        if (certificate == null) {
            return Optional.of(at + " is signed by audit key " + checkpoint.keyId().substring(0, 12)
                    + ", whose certificate was not given");
        }
        if (!AuditSigner.verify(checkpoint, certificate.getPublicKey())) {
            return Optional.of(at + " is not signed by the audit key it names");
        }
        if (checkpoint.createdAt().isBefore(certificate.getNotBefore().toInstant())
                || checkpoint.createdAt().isAfter(certificate.getNotAfter().toInstant())) {
            return Optional.of(at + " was made outside its audit key's validity");
        }
        return Optional.empty();
    }

    /**
     * Whether the export's seal verifies with the key it names, or any key if it names
     * none.
     */
    boolean sealVerifies(ExportDocument export) {
        String keyId = export.seal().keyId();
        if (keyId == null) {
            return this.certificates.stream()
                .anyMatch((certificate) -> AuditSigner.verifySeal(export, certificate.getPublicKey()));
        }
        X509Certificate certificate = this.byId.get(keyId);
        return certificate != null && AuditSigner.verifySeal(export, certificate.getPublicKey());
    }

}
