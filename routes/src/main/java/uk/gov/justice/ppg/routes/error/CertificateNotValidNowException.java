package uk.gov.justice.ppg.routes.error;

/** The certificate has expired or is not yet valid. */
public class CertificateNotValidNowException extends GatewayException {

    public CertificateNotValidNowException(String detail) {
        super(GatewayErrorCode.CERTIFICATE_NOT_VALID_NOW, detail);
    }

    public CertificateNotValidNowException(String detail, Throwable cause) {
        super(GatewayErrorCode.CERTIFICATE_NOT_VALID_NOW, detail, cause);
    }

}
