package uk.gov.justice.ppg.gateway.support;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;

/** Failures are told apart by their code: what a test asserts on. */
public final class Failures {

    private Failures() {
    }

    /**
     * The code of the gateway failure {@code call} throws; fails the test if it throws
     * nothing or something else.
     */
    public static GatewayErrorCode codeOf(ThrowingCallable call) {
        GatewayException failure = catchThrowableOfType(GatewayException.class, call);
        if (failure == null) {
            throw new AssertionError("expected a gateway failure, but none was thrown");
        }
        return failure.code();
    }

}
