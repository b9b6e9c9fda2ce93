package uk.gov.justice.ppg.routes.error;

/**
 * Base of every gateway failure. The message is the audit-safe detail: identifiers and
 * rule names only, never payload content.
 */
public abstract class GatewayException extends Exception {

    private final GatewayErrorCode code;

    protected GatewayException(GatewayErrorCode code, String detail) {
        super(detail);
        this.code = code;
    }

    protected GatewayException(GatewayErrorCode code, String detail, Throwable cause) {
        super(detail, cause);
        this.code = code;
    }

    public GatewayErrorCode code() {
        return this.code;
    }

    /** The audit-safe reason. */
    public String detail() {
        return getMessage();
    }

}
