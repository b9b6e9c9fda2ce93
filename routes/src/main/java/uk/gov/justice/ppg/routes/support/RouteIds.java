package uk.gov.justice.ppg.routes.support;

/**
 * Every route has an id of the form {@code <flow>.<direction>}; tests and operators refer
 * to routes by them.
 */
public final class RouteIds {

    /** Partner to gateway: the SOAP endpoint that accepts interchanges. */
    public static final String INTERCHANGE_INBOUND = "interchange.inbound";

    /** Error handling shared by the inbound route. */
    public static final String INBOUND_ERRORS = "interchange.inbound.errors";

    /** Error handling shared by the delivery routes. */
    public static final String DELIVERY_ERRORS = "delivery.errors";

    private RouteIds() {
    }

    /** Gateway to one partner: the consumer of that partner's delivery queue. */
    public static String delivery(String partnerId) {
        return "delivery." + partnerId + ".outbound";
    }

}
