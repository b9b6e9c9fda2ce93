package uk.gov.justice.ppg.routes.inbound;

import java.security.cert.X509Certificate;

/**
 * The outcome of WS-Security verification: whose key signed, which partner it belongs to
 * and under which signature profile it was checked.
 *
 * @param certificate the verified signing certificate
 * @param partnerId the partner directory entry the certificate belongs to
 * @param signatureProfile the profile the signature met, e.g. {@code strict} or
 * {@code spg-2018}
 * @param weak whether that profile is a weak, compatibility-only one
 */
public record VerifiedSigner(X509Certificate certificate, String partnerId, String signatureProfile, boolean weak) {

    public String subject() {
        return this.certificate.getSubjectX500Principal().getName();
    }

}
