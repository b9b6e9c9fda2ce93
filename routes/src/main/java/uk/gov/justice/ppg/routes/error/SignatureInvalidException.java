package uk.gov.justice.ppg.routes.error;

/** The signature does not verify. */
public class SignatureInvalidException extends GatewayException {

    public SignatureInvalidException(String detail) {
        super(GatewayErrorCode.SIGNATURE_INVALID, detail);
    }

    public SignatureInvalidException(String detail, Throwable cause) {
        super(GatewayErrorCode.SIGNATURE_INVALID, detail, cause);
    }

}
