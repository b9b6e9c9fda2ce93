package uk.gov.justice.ppg.gateway.routing;

import uk.gov.justice.ppg.schemas.SchemaVersion;

/**
 * One delivery the router decided on.
 *
 * @param receiver party code the delivery is addressed to
 * @param partnerId directory entry (and queue) of that receiver
 * @param schemaVersion the version the receiver is pinned to
 * @param reason why this receiver gets it
 */
public record PlannedDelivery(String receiver, String partnerId, SchemaVersion schemaVersion, Reason reason) {

    /** Why a receiver gets a copy. */
    public enum Reason {

        /** It is the interchange's ReceiverIdentity. */
        ADDRESSED

    }

}
