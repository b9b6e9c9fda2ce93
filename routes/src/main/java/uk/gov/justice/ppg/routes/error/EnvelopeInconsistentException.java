package uk.gov.justice.ppg.routes.error;

/** The interchange breaks an envelope rule (header, trailer, counts, references). */
public class EnvelopeInconsistentException extends GatewayException {

    public EnvelopeInconsistentException(String detail) {
        super(GatewayErrorCode.ENVELOPE_INCONSISTENT, detail);
    }

    public EnvelopeInconsistentException(String detail, Throwable cause) {
        super(GatewayErrorCode.ENVELOPE_INCONSISTENT, detail, cause);
    }

}
