package uk.gov.justice.ppg.routes.error;

/**
 * The receiver could not be reached: connection refused or reset, TLS failure, or no
 * reply in time.
 */
public class ReceiverUnreachableException extends GatewayException {

    public ReceiverUnreachableException(String detail) {
        super(GatewayErrorCode.RECEIVER_UNREACHABLE, detail);
    }

    public ReceiverUnreachableException(String detail, Throwable cause) {
        super(GatewayErrorCode.RECEIVER_UNREACHABLE, detail, cause);
    }

}
