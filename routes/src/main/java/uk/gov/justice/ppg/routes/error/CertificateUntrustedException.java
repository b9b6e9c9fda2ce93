package uk.gov.justice.ppg.routes.error;

/** The certificate does not chain to a trusted certification authority. */
public class CertificateUntrustedException extends GatewayException {

    public CertificateUntrustedException(String detail) {
        super(GatewayErrorCode.CERTIFICATE_UNTRUSTED, detail);
    }

    public CertificateUntrustedException(String detail, Throwable cause) {
        super(GatewayErrorCode.CERTIFICATE_UNTRUSTED, detail, cause);
    }

}
