package uk.gov.justice.ppg.gateway.delivery;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;

/** The {@code StatusCode} of an ISN the gateway issues (docs/delivery.md). */
enum IsnStatus {

    /** Delivered to the receiver. */
    DELIVERED("202"),

    /** Refused by the receiver (GW-070), or failed repeatedly (GW-074). */
    FAILED("599"),

    /** Not delivered before it expired (GW-071). */
    EXPIRED("504"),

    /**
     * Refused by the gateway: it cannot be rendered in the receiver's version (GW-051).
     */
    REFUSED_BY_GATEWAY("601");

    private final String code;

    IsnStatus(String code) {
        this.code = code;
    }

    /** The status as written on the wire. */
    String code() {
        return this.code;
    }

    /** The status for how a delivery ended: delivered when there is no failure. */
    static IsnStatus of(GatewayErrorCode failure) {
        if (failure == null) {
            return DELIVERED;
        }
        return switch (failure) {
            case DELIVERY_EXPIRED -> EXPIRED;
            case MEDIATION_REFUSED -> REFUSED_BY_GATEWAY;
            default -> FAILED;
        };
    }

}
