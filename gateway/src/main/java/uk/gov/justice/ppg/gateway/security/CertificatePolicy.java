package uk.gov.justice.ppg.gateway.security;

import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;

/**
 * Decides whether a certificate may be relied on now: an RSA key of at least 2048 bits,
 * not signed with SHA-1 or MD5, within its validity period, chaining through a trusted
 * issuing CA to a trusted root, and not revoked according to the issuers' CRLs, nor, for
 * a certificate that names an OCSP responder, according to that responder
 * ({@link OcspClient}). A missing or stale CRL, or no fresh OCSP answer, fails closed.
 * Successful checks are remembered briefly.
 */
public final class CertificatePolicy {

    private static final Duration REMEMBER_FOR = Duration.ofMinutes(5);

    private final Clock clock;

    private volatile InForce inForce;

    private final Map<String, Instant> recentlyValid = new ConcurrentHashMap<>();

    private final OcspClient ocsp;

    CertificatePolicy(TrustMaterial trust, Clock clock) {
        this(trust, clock, new OcspClient(clock, Duration.ofHours(1), Duration.ofSeconds(5)));
    }

    CertificatePolicy(TrustMaterial trust, Clock clock, OcspClient ocsp) {
        this.clock = clock;
        this.ocsp = ocsp;
        this.inForce = InForce.of(trust);
    }

    /**
     * Decides with replaced trust (new CAs, new CRLs) from now on; what it remembered as
     * valid is forgotten, so a certificate the new CRLs revoke is refused at once.
     */
    void use(TrustMaterial trust) {
        this.inForce = InForce.of(trust);
        this.recentlyValid.clear();
    }

    /**
     * The trust the checks use: the material, its roots as anchors, its CRLs as a store.
     */
    private record InForce(TrustMaterial trust, Set<TrustAnchor> anchors, CertStore crlStore) {

        static InForce of(TrustMaterial trust) {
            try {
                return new InForce(trust,
                        trust.anchors().stream().map((root) -> new TrustAnchor(root, null)).collect(Collectors.toSet()),
                        CertStore.getInstance("Collection", new CollectionCertStoreParameters(trust.crls())));
            }
            catch (GeneralSecurityException ex) {
                throw new IllegalStateException("cannot build the CRL store", ex);
            }
        }

    }

    public void check(X509Certificate certificate) throws GatewayException {
        String fingerprint = fingerprint(certificate);
        Instant now = this.clock.instant();
        Instant rememberedUntil = this.recentlyValid.get(fingerprint);
        if (rememberedUntil != null && now.isBefore(rememberedUntil)) {
            return;
        }
        checkStrength(certificate);
        checkValidity(certificate, now);
        checkPath(certificate, now);
        Instant until = now.plus(REMEMBER_FOR);
        if (certificate.getNotAfter().toInstant().isBefore(until)) {
            until = certificate.getNotAfter().toInstant();
        }
        this.recentlyValid.put(fingerprint, until);
    }

    private static void checkStrength(X509Certificate certificate) throws GatewayException {
        if (!(certificate.getPublicKey() instanceof RSAPublicKey rsa)
                || rsa.getModulus().bitLength() < SignatureProfile.MIN_RSA_BITS) {
            throw new GatewayException(GatewayErrorCode.CERTIFICATE_WEAK,
                    "key shorter than " + SignatureProfile.MIN_RSA_BITS + " bits or not RSA");
        }
        String algorithm = certificate.getSigAlgName().toUpperCase(Locale.ROOT);
        if (algorithm.contains("SHA1") || algorithm.contains("MD5")) {
            throw new GatewayException(GatewayErrorCode.CERTIFICATE_WEAK, "certificate signed with " + algorithm);
        }
    }

    private static void checkValidity(X509Certificate certificate, Instant now) throws GatewayException {
        if (now.isBefore(certificate.getNotBefore().toInstant())) {
            throw new GatewayException(GatewayErrorCode.CERTIFICATE_NOT_VALID_NOW, "certificate not yet valid");
        }
        if (now.isAfter(certificate.getNotAfter().toInstant())) {
            throw new GatewayException(GatewayErrorCode.CERTIFICATE_NOT_VALID_NOW, "certificate expired");
        }
    }

    private void checkPath(X509Certificate certificate, Instant now) throws GatewayException {
        X509Certificate issuer = issuerOf(certificate);
        try {
            InForce trust = this.inForce;
            PKIXParameters parameters = new PKIXParameters(trust.anchors());
            parameters.addCertStore(trust.crlStore());
            parameters.setRevocationEnabled(true);
            parameters.setDate(Date.from(now));
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            CertPathValidator.getInstance("PKIX")
                .validate(factory.generateCertPath(List.of(certificate, issuer)), parameters);
        }
        catch (CertPathValidatorException ex) {
            throw pathFailure(ex);
        }
        catch (GeneralSecurityException ex) {
            throw new GatewayException(GatewayErrorCode.CERTIFICATE_UNTRUSTED,
                    "certificate path could not be validated", ex);
        }
        Optional<URI> responder = OcspClient.responder(certificate);
        if (responder.isPresent()) {
            this.ocsp.check(certificate, issuer, responder.get());
        }
    }

    /**
     * The trusted issuing CA whose key actually signed the certificate: a matching name
     * alone is not enough.
     */
    private X509Certificate issuerOf(X509Certificate certificate) throws GatewayException {
        for (X509Certificate candidate : this.inForce.trust().intermediates()) {
            if (candidate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
                try {
                    certificate.verify(candidate.getPublicKey());
                    return candidate;
                }
                catch (GeneralSecurityException ex) {
                    // same name, different key: keep looking, then refuse
                }
            }
        }
        throw new GatewayException(GatewayErrorCode.CERTIFICATE_UNTRUSTED, "not issued by a trusted issuing CA");
    }

    private static GatewayException pathFailure(CertPathValidatorException ex) {
        if (ex.getReason() == BasicReason.REVOKED) {
            return new GatewayException(GatewayErrorCode.CERTIFICATE_REVOKED, "certificate revoked", ex);
        }
        if (ex.getReason() == BasicReason.EXPIRED || ex.getReason() == BasicReason.NOT_YET_VALID) {
            return new GatewayException(GatewayErrorCode.CERTIFICATE_NOT_VALID_NOW, "certificate in path not valid now",
                    ex);
        }
        if (ex.getReason() == BasicReason.UNDETERMINED_REVOCATION_STATUS) {
            return new GatewayException(GatewayErrorCode.CERTIFICATE_REVOKED,
                    "revocation status unknown: no current CRL", ex);
        }
        return new GatewayException(GatewayErrorCode.CERTIFICATE_UNTRUSTED,
                "certificate path rejected: " + ex.getReason(), ex);
    }

    private static String fingerprint(X509Certificate certificate) {
        try {
            return Digests.sha256Hex(certificate.getEncoded());
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Revocation lists in use, for health reporting. */
    public List<X509CRL> crls() {
        return this.inForce.trust().crls();
    }

}
