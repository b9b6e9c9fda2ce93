package uk.gov.justice.ppg.routes.delivery;

import org.apache.camel.builder.RouteConfigurationBuilder;

import uk.gov.justice.ppg.routes.support.RouteIds;

/**
 * A delivery route's exchange fails only when the delivery must stay queued; the
 * transaction then rolls back. The delivery service has already logged why, so Camel logs
 * neither body nor history.
 */
public final class DeliveryErrorHandling extends RouteConfigurationBuilder {

    @Override
    public void configuration() {
        routeConfiguration(RouteIds.DELIVERY_ERRORS).onException(Exception.class)
            .handled(false)
            .logStackTrace(false)
            .logExhaustedMessageBody(false)
            .logExhaustedMessageHistory(false)
            .logExhausted(false)
            .end();
    }

}
