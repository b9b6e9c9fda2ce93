package uk.gov.justice.ppg.routes.error;

/** The certificate's key is too short or the certificate is signed with SHA-1. */
public class CertificateWeakException extends GatewayException {

    public CertificateWeakException(String detail) {
        super(GatewayErrorCode.CERTIFICATE_WEAK, detail);
    }

    public CertificateWeakException(String detail, Throwable cause) {
        super(GatewayErrorCode.CERTIFICATE_WEAK, detail, cause);
    }

}
