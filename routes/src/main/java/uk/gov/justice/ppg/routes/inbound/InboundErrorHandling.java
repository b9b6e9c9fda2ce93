package uk.gov.justice.ppg.routes.inbound;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteConfigurationBuilder;

import uk.gov.justice.ppg.routes.error.GatewayException;
import uk.gov.justice.ppg.routes.error.InternalErrorException;
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

    @Override
    public void configuration() {
        routeConfiguration(RouteIds.INBOUND_ERRORS).onException(GatewayException.class)
            .handled(true)
            .process(this::reject)
            .id("reject")
            .end()
            .onException(Exception.class)
            .handled(true)
            .process(this::rejectUnexpected)
            .id("reject-unexpected")
            .end();
    }

    private void reject(Exchange exchange) {
        GatewayException failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, GatewayException.class);
        InboundReplies.write(exchange, this.rejection.reject(contextOf(exchange), failure));
    }

    private void rejectUnexpected(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        GatewayException failure = new InternalErrorException(cause.getClass().getSimpleName(), cause);
        InboundReplies.write(exchange, this.rejection.reject(contextOf(exchange), failure));
    }

    /**
     * A failure during admission leaves no context; the rejection still needs one to
     * audit.
     */
    private static InboundContext contextOf(Exchange exchange) {
        InboundContext context = InboundContext.of(exchange);
        return (context != null) ? context : new InboundContext(UUID.randomUUID().toString(), Instant.now(), List.of());
    }

}
