package uk.gov.justice.ppg.routes.error;

/** The message has no WS-Security header or no signature. */
public class SignatureMissingException extends GatewayException {

    public SignatureMissingException(String detail) {
        super(GatewayErrorCode.SIGNATURE_MISSING, detail);
    }

    public SignatureMissingException(String detail, Throwable cause) {
        super(GatewayErrorCode.SIGNATURE_MISSING, detail, cause);
    }

}
