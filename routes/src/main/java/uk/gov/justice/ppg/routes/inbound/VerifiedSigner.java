package uk.gov.justice.ppg.routes.inbound;

import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * The outcome of WS-Security verification: whose key signed, which partner it belongs to,
 * under which signature profile it was checked, and the signature's replay-cache entry,
 * which acceptance records.
 *
 * @param certificate the verified signing certificate
 * @param partnerId the partner directory entry the certificate belongs to
 * @param signatureProfile the profile the signature met, e.g. {@code strict} or
 * {@code spg-2018}
 * @param weak whether that profile is a weak, compatibility-only one
 * @param signatureDigest SHA-256 (hex) of the signature value
 * @param replayUntil the end of the signature's acceptance window
 */
public record VerifiedSigner(X509Certificate certificate, String partnerId, String signatureProfile, boolean weak,
        String signatureDigest, Instant replayUntil) {

    public String subject() {
        return this.certificate.getSubjectX500Principal().getName();
    }

}
