package uk.gov.justice.ppg.routes.error;

/** An unexpected failure inside the gateway. */
public class InternalErrorException extends GatewayException {

    public InternalErrorException(String detail) {
        super(GatewayErrorCode.INTERNAL_ERROR, detail);
    }

    public InternalErrorException(String detail, Throwable cause) {
        super(GatewayErrorCode.INTERNAL_ERROR, detail, cause);
    }

}
