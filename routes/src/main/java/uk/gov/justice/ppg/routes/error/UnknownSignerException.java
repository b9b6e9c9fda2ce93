package uk.gov.justice.ppg.routes.error;

/** The signing certificate belongs to no partner in the directory. */
public class UnknownSignerException extends GatewayException {

    public UnknownSignerException(String detail) {
        super(GatewayErrorCode.UNKNOWN_SIGNER, detail);
    }

    public UnknownSignerException(String detail, Throwable cause) {
        super(GatewayErrorCode.UNKNOWN_SIGNER, detail, cause);
    }

}
