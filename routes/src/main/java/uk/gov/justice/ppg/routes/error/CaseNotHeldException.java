package uk.gov.justice.ppg.routes.error;

/** The receiver is not responsible for the case the message concerns. */
public class CaseNotHeldException extends GatewayException {

    public CaseNotHeldException(String detail) {
        super(GatewayErrorCode.CASE_NOT_HELD, detail);
    }

    public CaseNotHeldException(String detail, Throwable cause) {
        super(GatewayErrorCode.CASE_NOT_HELD, detail, cause);
    }

}
