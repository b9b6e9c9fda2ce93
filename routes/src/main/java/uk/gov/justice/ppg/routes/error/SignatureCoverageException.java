package uk.gov.justice.ppg.routes.error;

/** The signature does not cover the SOAP Body and Timestamp the gateway processes. */
public class SignatureCoverageException extends GatewayException {

    public SignatureCoverageException(String detail) {
        super(GatewayErrorCode.SIGNATURE_COVERAGE, detail);
    }

    public SignatureCoverageException(String detail, Throwable cause) {
        super(GatewayErrorCode.SIGNATURE_COVERAGE, detail, cause);
    }

}
