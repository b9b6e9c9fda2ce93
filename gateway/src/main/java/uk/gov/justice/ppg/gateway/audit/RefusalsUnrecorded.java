package uk.gov.justice.ppg.gateway.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The one counter of refusals whose audit record could not be written (the store was
 * down), {@code gateway.audit.refusal.unrecorded}, whichever channel refused.
 */
public final class RefusalsUnrecorded {

    private RefusalsUnrecorded() {
    }

    public static Counter counter(MeterRegistry meters) {
        return Counter.builder("gateway.audit.refusal.unrecorded")
            .description("Refusals whose audit record could not be written")
            .register(meters);
    }

}
