package uk.gov.justice.ppg.routes.error;

/** The audit record could not be committed; nothing was accepted. */
public class AuditUnavailableException extends GatewayException {

    public AuditUnavailableException(String detail) {
        super(GatewayErrorCode.AUDIT_UNAVAILABLE, detail);
    }

    public AuditUnavailableException(String detail, Throwable cause) {
        super(GatewayErrorCode.AUDIT_UNAVAILABLE, detail, cause);
    }

}
