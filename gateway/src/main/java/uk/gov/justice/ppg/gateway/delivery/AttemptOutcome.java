package uk.gov.justice.ppg.gateway.delivery;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;

/**
 * What one delivery attempt, or the decision not to try again, came to.
 *
 * @param kind what happens to the delivery next
 * @param error the failure's code, null when delivered
 * @param detail audit-safe detail (status code, exception type)
 */
record AttemptOutcome(Kind kind, GatewayErrorCode error, String detail) {

    static AttemptOutcome delivered() {
        return new AttemptOutcome(Kind.DELIVERED, null, "200");
    }

    /**
     * Put in the inbox of an agency on the inbox channel: delivered when it acknowledges
     * it.
     */
    static AttemptOutcome inInbox() {
        return new AttemptOutcome(Kind.IN_INBOX, null, "inbox");
    }

    /** The receiver refused it (GW-070). */
    static AttemptOutcome refused(String detail) {
        return new AttemptOutcome(Kind.REFUSED, GatewayErrorCode.DELIVERY_REFUSED, detail);
    }

    /** The gateway cannot render it for its receiver (for example GW-051). */
    static AttemptOutcome unrenderable(GatewayErrorCode error, String detail) {
        return new AttemptOutcome(Kind.REFUSED, error, detail);
    }

    /** A failure whose outcome is unknown or transient: try again after the backoff. */
    static AttemptOutcome retry(GatewayErrorCode error, String detail) {
        return new AttemptOutcome(Kind.RETRY, error, detail);
    }

    /** Not delivered before its expiry (GW-071). */
    static AttemptOutcome expired() {
        return new AttemptOutcome(Kind.EXPIRED, GatewayErrorCode.DELIVERY_EXPIRED, "expired");
    }

    /** Failed again and again while the partner took other deliveries (GW-074). */
    static AttemptOutcome givenUp(String detail) {
        return new AttemptOutcome(Kind.GIVEN_UP, GatewayErrorCode.DELIVERY_FAILED_REPEATEDLY, detail);
    }

    /**
     * What happens to a delivery next: only a good reply delivers; all but a retry are
     * final.
     */
    enum Kind {

        /** The receiver answered {@code SPGInterchangeResponse} 200. */
        DELIVERED,

        /**
         * In the agency's inbox: off the queue, not yet delivered, never retried; its
         * acknowledgement delivers it, its expiry dead-letters it.
         */
        IN_INBOX,

        /**
         * Worth trying again: the receiver was unreachable, or its reply was not a clear
         * answer.
         */
        RETRY,

        /**
         * Refused, by the receiver or because the gateway cannot render it: dead-lettered
         * at once.
         */
        REFUSED,

        /** Its time ran out: dead-lettered. */
        EXPIRED,

        /**
         * A message the receiver cannot take: dead-lettered so that it holds up nothing
         * behind it.
         */
        GIVEN_UP;

        boolean isFinal() {
            return this != RETRY;
        }

        boolean deadLetters() {
            return this != DELIVERED && this != RETRY && this != IN_INBOX;
        }

    }

}
