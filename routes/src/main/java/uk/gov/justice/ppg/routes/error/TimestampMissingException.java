package uk.gov.justice.ppg.routes.error;

/** The WS-Security header has no usable Timestamp. */
public class TimestampMissingException extends GatewayException {

    public TimestampMissingException(String detail) {
        super(GatewayErrorCode.TIMESTAMP_MISSING, detail);
    }

    public TimestampMissingException(String detail, Throwable cause) {
        super(GatewayErrorCode.TIMESTAMP_MISSING, detail, cause);
    }

}
