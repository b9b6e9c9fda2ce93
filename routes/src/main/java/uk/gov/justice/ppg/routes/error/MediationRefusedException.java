package uk.gov.justice.ppg.routes.error;

/** The receiver's schema version cannot carry content that must not be dropped. */
public class MediationRefusedException extends GatewayException {

    public MediationRefusedException(String detail) {
        super(GatewayErrorCode.MEDIATION_REFUSED, detail);
    }

    public MediationRefusedException(String detail, Throwable cause) {
        super(GatewayErrorCode.MEDIATION_REFUSED, detail, cause);
    }

}
