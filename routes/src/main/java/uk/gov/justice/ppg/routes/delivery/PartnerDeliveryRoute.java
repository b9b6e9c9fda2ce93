package uk.gov.justice.ppg.routes.delivery;

import java.util.List;
import java.util.function.Function;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

import uk.gov.justice.ppg.routes.support.GatewayHeaders;
import uk.gov.justice.ppg.routes.support.RouteIds;

/**
 * Gateway to partners: one route per receiving partner, consuming that partner's own
 * durable queue in a local transaction, so a slow or dead partner holds up no other. Only
 * allowlisted headers reach the exchange (see {@link QueueHeaderAllowlist}). A delivery
 * that must stay queued rolls back, which returns it to the head of its queue and keeps
 * each case's order.
 */
public final class PartnerDeliveryRoute extends RouteBuilder {

    private final List<String> partnerIds;

    private final Function<String, String> queueUri;

    private final DeliveryPorts.Delivery delivery;

    public PartnerDeliveryRoute(List<String> partnerIds, Function<String, String> queueUri,
            DeliveryPorts.Delivery delivery) {
        this.partnerIds = List.copyOf(partnerIds);
        this.queueUri = queueUri;
        this.delivery = delivery;
    }

    @Override
    public void configure() {
        for (String partnerId : this.partnerIds) {
            from(this.queueUri.apply(partnerId)).routeId(RouteIds.delivery(partnerId))
                .routeConfigurationId(RouteIds.DELIVERY_ERRORS)
                .process(this::deliver)
                .id("deliver." + partnerId);

        }
    }

    private void deliver(Exchange exchange) throws DeliveryHeldException {
        String deliveryId = exchange.getIn().getHeader(GatewayHeaders.DELIVERY_ID, String.class);
        if (deliveryId == null || !deliveryId.matches("[0-9a-f-]{36}")) {
            return;
        }
        this.delivery.deliver(deliveryId);
    }

}
