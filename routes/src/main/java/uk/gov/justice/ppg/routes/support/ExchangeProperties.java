package uk.gov.justice.ppg.routes.support;

/**
 * Names of exchange properties the gateway sets. Properties, unlike headers, never come
 * from the wire, so typed state travels in them.
 */
public final class ExchangeProperties {

    /**
     * The {@link uk.gov.justice.ppg.routes.inbound.InboundContext} of an inbound
     * exchange.
     */
    public static final String INBOUND_CONTEXT = "GatewayInboundContext";

    private ExchangeProperties() {
    }

}
