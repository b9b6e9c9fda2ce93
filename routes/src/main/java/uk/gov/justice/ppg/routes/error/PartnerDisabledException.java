package uk.gov.justice.ppg.routes.error;

/** The partner is disabled in the directory. */
public class PartnerDisabledException extends GatewayException {

    public PartnerDisabledException(String detail) {
        super(GatewayErrorCode.PARTNER_DISABLED, detail);
    }

    public PartnerDisabledException(String detail, Throwable cause) {
        super(GatewayErrorCode.PARTNER_DISABLED, detail, cause);
    }

}
