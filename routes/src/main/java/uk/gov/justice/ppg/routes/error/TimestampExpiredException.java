package uk.gov.justice.ppg.routes.error;

/** The WS-Security Timestamp has expired or is older than the accepted lifetime. */
public class TimestampExpiredException extends GatewayException {

    public TimestampExpiredException(String detail) {
        super(GatewayErrorCode.TIMESTAMP_EXPIRED, detail);
    }

    public TimestampExpiredException(String detail, Throwable cause) {
        super(GatewayErrorCode.TIMESTAMP_EXPIRED, detail, cause);
    }

}
