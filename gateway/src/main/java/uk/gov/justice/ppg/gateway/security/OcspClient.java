package uk.gov.justice.ppg.gateway.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;

/**
 * Revocation by OCSP for a certificate whose Authority Information Access names a
 * responder: asks it over HTTP (RFC 6960), believes only an answer signed by the issuer
 * or by a responder the issuer certified for OCSP signing ({@link OcspAnswers}), and
 * relies on a "good" answer for the cache window, never past its nextUpdate. Revoked,
 * unknown, or no fresh answer (the responder down past the window) fails closed: GW-017.
 */
final class OcspClient {

    private final HttpClient http;

    private final Clock clock;

    private final Duration cacheWindow;

    private final Duration timeout;

    private final Map<String, Instant> goodUntil = new ConcurrentHashMap<>();

    OcspClient(Clock clock, Duration cacheWindow, Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.clock = clock;
        this.cacheWindow = cacheWindow;
        this.timeout = timeout;
    }

    /** The responder the certificate names, if it names one. */
    static Optional<URI> responder(X509Certificate certificate) {
        byte[] extension = certificate.getExtensionValue(Extension.authorityInfoAccess.getId());
        if (extension == null) {
            return Optional.empty();
        }
        AuthorityInformationAccess access = AuthorityInformationAccess
            .getInstance(ASN1OctetString.getInstance(extension).getOctets());
        for (AccessDescription description : access.getAccessDescriptions()) {
            GeneralName location = description.getAccessLocation();
            if (AccessDescription.id_ad_ocsp.equals(description.getAccessMethod())
                    && location.getTagNo() == GeneralName.uniformResourceIdentifier) {
                return Optional.of(URI.create(location.getName().toString()));
            }
        }
        return Optional.empty();
    }

    /** Refuses the certificate unless its responder says, or lately said, it is good. */
    void check(X509Certificate certificate, X509Certificate issuer, URI responder) throws GatewayException {
        String key = issuer.getSubjectX500Principal().getName() + "#" + certificate.getSerialNumber();
        Instant now = this.clock.instant();
        Instant cached = this.goodUntil.get(key);
        try {
            CertificateID id = new CertificateID(
                    new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                    new JcaX509CertificateHolder(issuer), certificate.getSerialNumber());
            BasicOCSPResp answer = ask(responder, id);
            SingleResp single = OcspAnswers.verified(answer, id, new JcaX509CertificateHolder(issuer), now);
            if (single.getCertStatus() != CertificateStatus.GOOD) {
                this.goodUntil.remove(key);
                throw new GatewayException(GatewayErrorCode.CERTIFICATE_REVOKED,
                        "OCSP: certificate " + OcspAnswers.describe(single));
            }
            Instant until = now.plus(this.cacheWindow);
            if (single.getNextUpdate() != null && single.getNextUpdate().toInstant().isBefore(until)) {
                until = single.getNextUpdate().toInstant();
            }
            this.goodUntil.put(key, until);
        }
        catch (IOException | OCSPException | OperatorCreationException | CertificateException ex) {
            if (cached != null && now.isBefore(cached)) {
                return;
            }
            throw new GatewayException(GatewayErrorCode.CERTIFICATE_REVOKED,
                    "OCSP: no fresh answer from the responder (" + ex.getClass().getSimpleName() + ")", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new GatewayException(GatewayErrorCode.CERTIFICATE_REVOKED, "OCSP: interrupted", ex);
        }
    }

    private BasicOCSPResp ask(URI responder, CertificateID id) throws IOException, InterruptedException, OCSPException {
        byte[] request = new OCSPReqBuilder().addRequest(id).build().getEncoded();
        HttpResponse<byte[]> response = this.http.send(HttpRequest.newBuilder(responder)
            .timeout(this.timeout)
            .header("Content-Type", "application/ocsp-request")
            .POST(HttpRequest.BodyPublishers.ofByteArray(request))
            .build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("responder answered HTTP " + response.statusCode());
        }
        OCSPResp ocsp = new OCSPResp(response.body());
        if (ocsp.getStatus() != OCSPResp.SUCCESSFUL || !(ocsp.getResponseObject() instanceof BasicOCSPResp basic)) {
            throw new OCSPException("responder status " + ocsp.getStatus());
        }
        return basic;
    }

}
