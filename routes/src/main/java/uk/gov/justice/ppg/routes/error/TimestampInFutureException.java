package uk.gov.justice.ppg.routes.error;

/** The WS-Security Timestamp was created further in the future than the allowed skew. */
public class TimestampInFutureException extends GatewayException {

    public TimestampInFutureException(String detail) {
        super(GatewayErrorCode.TIMESTAMP_IN_FUTURE, detail);
    }

    public TimestampInFutureException(String detail, Throwable cause) {
        super(GatewayErrorCode.TIMESTAMP_IN_FUTURE, detail, cause);
    }

}
