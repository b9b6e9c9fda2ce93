package uk.gov.justice.ppg.gateway.security;

import java.security.cert.CertificateException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.CertException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/**
 * Which OCSP answers are believed: signed by the certificate's issuer, or by a responder
 * certificate that the issuer signed for OCSP signing and that is valid now; about this
 * very certificate; produced no later than now (with a minute's skew) and not past its
 * nextUpdate.
 */
final class OcspAnswers {

    private static final Duration SKEW = Duration.ofMinutes(1);

    private OcspAnswers() {
    }

    static SingleResp verified(BasicOCSPResp answer, CertificateID id, X509CertificateHolder issuer, Instant now)
            throws OCSPException, OperatorCreationException, CertificateException {
        if (!answer.isSignatureValid(signer(answer, issuer, now))) {
            throw new OCSPException("answer signature invalid");
        }
        for (SingleResp single : answer.getResponses()) {
            if (single.getCertID().equals(id)) {
                if (single.getThisUpdate().toInstant().isAfter(now.plus(SKEW))) {
                    throw new OCSPException("answer from the future");
                }
                if (single.getNextUpdate() != null && single.getNextUpdate().toInstant().isBefore(now)) {
                    throw new OCSPException("answer past its next update");
                }
                return single;
            }
        }
        throw new OCSPException("answer is about another certificate");
    }

    static String describe(SingleResp single) {
        return (single.getCertStatus() instanceof RevokedStatus) ? "revoked" : "status unknown";
    }

    private static boolean forOcspSigning(X509CertificateHolder certificate) {
        ExtendedKeyUsage usage = ExtendedKeyUsage.fromExtensions(certificate.getExtensions());
        return usage != null && usage.hasKeyPurposeId(KeyPurposeId.id_kp_OCSPSigning);
    }

    private static ContentVerifierProvider signer(BasicOCSPResp answer, X509CertificateHolder issuer, Instant now)
            throws OCSPException, OperatorCreationException, CertificateException {
        JcaContentVerifierProviderBuilder verifiers = new JcaContentVerifierProviderBuilder();
        if (answer.getResponderId().equals(new RespID(issuer.getSubject()))) {
            return verifiers.build(issuer);
        }
        for (X509CertificateHolder delegate : answer.getCerts()) {
            try {
                if (delegate.getIssuer().equals(issuer.getSubject()) && delegate.isValidOn(Date.from(now))
                        && delegate.isSignatureValid(verifiers.build(issuer)) && forOcspSigning(delegate)) {
                    return verifiers.build(delegate);
                }
            }
            catch (CertException ex) {
                // not this one: look at the next, then refuse
            }
        }
        throw new OCSPException("answer signed by neither the issuer nor a responder it certified");
    }

}
