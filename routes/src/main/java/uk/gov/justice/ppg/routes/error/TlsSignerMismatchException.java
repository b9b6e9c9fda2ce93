package uk.gov.justice.ppg.routes.error;

/** The TLS client certificate belongs to another partner than the signing certificate. */
public class TlsSignerMismatchException extends GatewayException {

    public TlsSignerMismatchException(String detail) {
        super(GatewayErrorCode.TLS_SIGNER_MISMATCH, detail);
    }

    public TlsSignerMismatchException(String detail, Throwable cause) {
        super(GatewayErrorCode.TLS_SIGNER_MISMATCH, detail, cause);
    }

}
