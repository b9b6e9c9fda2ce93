package uk.gov.justice.ppg.routes.error;

/**
 * The signature uses an algorithm or key reference the partner's signature profile
 * refuses.
 */
public class AlgorithmRefusedException extends GatewayException {

    public AlgorithmRefusedException(String detail) {
        super(GatewayErrorCode.ALGORITHM_REFUSED, detail);
    }

    public AlgorithmRefusedException(String detail, Throwable cause) {
        super(GatewayErrorCode.ALGORITHM_REFUSED, detail, cause);
    }

}
