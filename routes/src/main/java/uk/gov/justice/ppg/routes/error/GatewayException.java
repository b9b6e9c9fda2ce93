package uk.gov.justice.ppg.routes.error;

/**
 * Every gateway failure: a {@link GatewayErrorCode} and an audit-safe detail (identifiers
 * and rule names only, never payload content). One class for all of them, so a failure is
 * told apart by its code, never by its type (ADR 0013). Unchecked, so that it leaves a
 * transaction callback as it is and rolls the transaction back.
 */
public final class GatewayException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final GatewayErrorCode code;

    public GatewayException(GatewayErrorCode code, String detail) {
        super(detail);
        this.code = code;
    }

    public GatewayException(GatewayErrorCode code, String detail, Throwable cause) {
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

    /** Whether this failure has {@code expected} as its code. */
    public boolean is(GatewayErrorCode expected) {
        return this.code == expected;
    }

}
