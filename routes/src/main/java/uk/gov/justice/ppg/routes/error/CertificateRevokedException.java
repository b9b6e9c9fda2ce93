package uk.gov.justice.ppg.routes.error;

/** The certificate has been revoked by its issuer. */
public class CertificateRevokedException extends GatewayException {

    public CertificateRevokedException(String detail) {
        super(GatewayErrorCode.CERTIFICATE_REVOKED, detail);
    }

    public CertificateRevokedException(String detail, Throwable cause) {
        super(GatewayErrorCode.CERTIFICATE_REVOKED, detail, cause);
    }

}
