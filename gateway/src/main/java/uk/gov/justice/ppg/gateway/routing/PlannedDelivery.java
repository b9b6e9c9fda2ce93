package uk.gov.justice.ppg.gateway.routing;

import java.util.List;

import uk.gov.justice.ppg.schemas.SchemaVersion;

/**
 * One delivery the router decided on.
 *
 * @param receiver party code the delivery is addressed to
 * @param partnerId directory entry (and queue) of that receiver
 * @param schemaVersion the version the receiver is pinned to, in which it is delivered
 * @param reason why this receiver gets it
 * @param dropped elements version mediation leaves out for this receiver (audited)
 */
public record PlannedDelivery(String receiver, String partnerId, SchemaVersion schemaVersion, Reason reason,
        List<String> dropped) {

    /** Why a receiver gets a copy. */
    public enum Reason {

        /** It is the interchange's ReceiverIdentity. */
        ADDRESSED,

        /** A check result also goes to the CRC responsible for the case. */
        RESPONSIBLE_PROVIDER,

        /**
         * The case moved within the grace window; the previous provider still gets a
         * marked copy.
         */
        GRACE_WINDOW

    }

}
