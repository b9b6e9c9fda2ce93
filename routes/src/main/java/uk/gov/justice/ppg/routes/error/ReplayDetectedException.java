package uk.gov.justice.ppg.routes.error;

/** The same signed message was received before within its lifetime. */
public class ReplayDetectedException extends GatewayException {

    public ReplayDetectedException(String detail) {
        super(GatewayErrorCode.REPLAY_DETECTED, detail);
    }

    public ReplayDetectedException(String detail, Throwable cause) {
        super(GatewayErrorCode.REPLAY_DETECTED, detail, cause);
    }

}
