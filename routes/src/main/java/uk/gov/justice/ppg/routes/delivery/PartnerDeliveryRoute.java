package uk.gov.justice.ppg.routes.delivery;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

import uk.gov.justice.ppg.routes.support.GatewayHeaders;
import uk.gov.justice.ppg.routes.support.RouteIds;

/**
 * Gateway to partners: one route per receiving partner, consuming that partner's own
 * durable queue in a local transaction, so a slow or dead partner holds up no other. Only
 * allowlisted headers reach the exchange (see {@link QueueHeaderAllowlist}). A delivery
 * that must stay queued rolls back, which returns it to the head of its queue and keeps
 * each case's order. A queue message that names no well-formed delivery id stands for no
 * delivery: it is logged and moved to the dead-letter queue, never silently dropped.
 */
public final class PartnerDeliveryRoute extends RouteBuilder {

    private static final Pattern DELIVERY_ID = Pattern.compile("[0-9a-f-]{36}");

    private final List<String> partnerIds;

    private final Function<String, String> queueUri;

    private final String deadLetterUri;

    private final DeliveryPorts.Delivery delivery;

    public PartnerDeliveryRoute(List<String> partnerIds, Function<String, String> queueUri, String deadLetterUri,
            DeliveryPorts.Delivery delivery) {
        this.partnerIds = List.copyOf(partnerIds);
        this.queueUri = queueUri;
        this.deadLetterUri = deadLetterUri;
        this.delivery = delivery;
    }

    @Override
    public void configure() {
        for (String partnerId : this.partnerIds) {
            from(this.queueUri.apply(partnerId)).routeId(RouteIds.delivery(partnerId))
                .routeConfigurationId(RouteIds.DELIVERY_ERRORS)
                .choice()
                .when(PartnerDeliveryRoute::namesADelivery)
                .process(this::deliver)
                .id("deliver." + partnerId)
                .otherwise()
                .log(LoggingLevel.ERROR, RouteIds.delivery(partnerId),
                        "queue message without a well-formed delivery id; moved to the dead-letter queue")
                .id("malformed." + partnerId)
                .to(this.deadLetterUri)
                .id("dead-letter." + partnerId)
                .end();
        }
    }

    private static boolean namesADelivery(Exchange exchange) {
        String deliveryId = exchange.getIn().getHeader(GatewayHeaders.DELIVERY_ID, String.class);
        return deliveryId != null && DELIVERY_ID.matcher(deliveryId).matches();
    }

    private void deliver(Exchange exchange) throws DeliveryHeldException {
        this.delivery.deliver(exchange.getIn().getHeader(GatewayHeaders.DELIVERY_ID, String.class));
    }

}
