package uk.gov.justice.ppg.routes.error;

/** The partner may not send this message type. */
public class MessageTypeNotPermittedException extends GatewayException {

    public MessageTypeNotPermittedException(String detail) {
        super(GatewayErrorCode.MESSAGE_TYPE_NOT_PERMITTED, detail);
    }

    public MessageTypeNotPermittedException(String detail, Throwable cause) {
        super(GatewayErrorCode.MESSAGE_TYPE_NOT_PERMITTED, detail, cause);
    }

}
