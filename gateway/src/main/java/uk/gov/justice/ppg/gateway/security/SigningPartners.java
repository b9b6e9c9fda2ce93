package uk.gov.justice.ppg.gateway.security;

import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * The port through which verification learns whose a signing certificate is, and which
 * signature profile that partner must meet. The partner directory implements it.
 */
@FunctionalInterface
public interface SigningPartners {

    Optional<Signer> bySigningCertificate(X509Certificate certificate);

    /**
     * A partner that signs.
     *
     * @param partnerId its directory id
     * @param profile the signature profile it is pinned to
     */
    record Signer(String partnerId, SignatureProfile profile) {
    }

}
