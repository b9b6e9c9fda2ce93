package uk.gov.justice.ppg.routes.error;

/** The receiver is unknown or the partner may not send this message type to it. */
public class ReceiverNotPermittedException extends GatewayException {

    public ReceiverNotPermittedException(String detail) {
        super(GatewayErrorCode.RECEIVER_NOT_PERMITTED, detail);
    }

    public ReceiverNotPermittedException(String detail, Throwable cause) {
        super(GatewayErrorCode.RECEIVER_NOT_PERMITTED, detail, cause);
    }

}
