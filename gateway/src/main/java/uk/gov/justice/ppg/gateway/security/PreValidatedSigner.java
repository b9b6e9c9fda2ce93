package uk.gov.justice.ppg.gateway.security;

import java.security.cert.X509Certificate;

import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.validate.Credential;
import org.apache.wss4j.dom.validate.Validator;

/**
 * WSS4J's signature trust hook. The certificate was already checked by
 * {@link CertificatePolicy} before any cryptography; here WSS4J must be about to verify
 * with exactly that certificate, or verification fails.
 */
final class PreValidatedSigner implements Validator {

    @Override
    public Credential validate(Credential credential, RequestData data) throws WSSecurityException {
        X509Certificate expected = (X509Certificate) data.getMsgContext();
        X509Certificate[] certificates = credential.getCertificates();
        if (expected == null || certificates == null || certificates.length != 1 || !expected.equals(certificates[0])) {
            throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
        }
        return credential;
    }

}
