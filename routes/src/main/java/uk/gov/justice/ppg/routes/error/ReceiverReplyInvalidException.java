package uk.gov.justice.ppg.routes.error;

/** The receiver's synchronous reply was missing, malformed or not a 200 response. */
public class ReceiverReplyInvalidException extends GatewayException {

    public ReceiverReplyInvalidException(String detail) {
        super(GatewayErrorCode.RECEIVER_REPLY_INVALID, detail);
    }

    public ReceiverReplyInvalidException(String detail, Throwable cause) {
        super(GatewayErrorCode.RECEIVER_REPLY_INVALID, detail, cause);
    }

}
