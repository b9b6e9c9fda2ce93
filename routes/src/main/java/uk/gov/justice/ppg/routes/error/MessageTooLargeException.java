package uk.gov.justice.ppg.routes.error;

/** The message body exceeds the configured size limit. */
public class MessageTooLargeException extends GatewayException {

    public MessageTooLargeException(String detail) {
        super(GatewayErrorCode.MESSAGE_TOO_LARGE, detail);
    }

    public MessageTooLargeException(String detail, Throwable cause) {
        super(GatewayErrorCode.MESSAGE_TOO_LARGE, detail, cause);
    }

}
