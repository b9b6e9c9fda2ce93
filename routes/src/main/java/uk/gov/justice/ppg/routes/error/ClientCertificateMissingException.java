package uk.gov.justice.ppg.routes.error;

/** The TLS connection presented no client certificate. */
public class ClientCertificateMissingException extends GatewayException {

    public ClientCertificateMissingException(String detail) {
        super(GatewayErrorCode.CLIENT_CERTIFICATE_MISSING, detail);
    }

    public ClientCertificateMissingException(String detail, Throwable cause) {
        super(GatewayErrorCode.CLIENT_CERTIFICATE_MISSING, detail, cause);
    }

}
