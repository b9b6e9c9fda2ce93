package uk.gov.justice.ppg.routes.inbound;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteConfigurationBuilder;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;
import uk.gov.justice.ppg.routes.support.RouteIds;

/**
 * How the inbound route ends when a step fails: every gateway exception is audited and
 * answered with its own generic fault; anything unexpected becomes {@code GW-099},
 * audited the same way. Nothing is retried here: the sender retries, and deduplication
 * makes that safe.
 */
public final class InboundErrorHandling extends RouteConfigurationBuilder {

    private final InboundPorts.Rejection rejection;

    public InboundErrorHandling(InboundPorts.Rejection rejection) {
        this.rejection = rejection;
    }

    /**
     * One handler for everything: Camel picks an {@code onException} by the root cause,
     * which for a gateway exception wrapping a driver or broker error is the driver's.
     * This handler instead takes the outermost gateway exception in the chain, or
     * {@code GW-099} when there is none.
     */
    @Override
    public void configuration() {
        routeConfiguration(RouteIds.INBOUND_ERRORS).onException(Exception.class)
            .handled(true)
            .process(this::reject)
            .id("reject")
            .end();
    }

    private void reject(Exchange exchange) {
        Exception caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        InboundReplies.write(exchange, this.rejection.reject(contextOf(exchange), gatewayFailure(caught)));
    }

    /**
     * The outermost gateway exception in the cause chain, or an internal error wrapping
     * the whole chain.
     */
    static GatewayException gatewayFailure(Throwable caught) {
        for (Throwable cause = caught; cause != null; cause = cause.getCause()) {
            if (cause instanceof GatewayException failure) {
                return failure;
            }
        }
        return new GatewayException(GatewayErrorCode.INTERNAL_ERROR, caught.getClass().getSimpleName(), caught);
    }

    /**
     * A failure during admission leaves no context; the rejection still needs one to
     * audit.
     */
    private static InboundContext contextOf(Exchange exchange) {
        InboundContext context = InboundContext.of(exchange);
        return (context != null) ? context
                : new InboundContext(UUID.randomUUID().toString(), Instant.now(), List.of(), null);
    }

}
