package uk.gov.justice.ppg.routes.error;

/** The signing partner may not send as this SenderIdentity. */
public class SenderNotPermittedException extends GatewayException {

    public SenderNotPermittedException(String detail) {
        super(GatewayErrorCode.SENDER_NOT_PERMITTED, detail);
    }

    public SenderNotPermittedException(String detail, Throwable cause) {
        super(GatewayErrorCode.SENDER_NOT_PERMITTED, detail, cause);
    }

}
