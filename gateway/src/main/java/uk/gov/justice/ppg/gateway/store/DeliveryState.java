package uk.gov.justice.ppg.gateway.store;

/**
 * Where a delivery is: waiting to be delivered, waiting in an agency's inbox, or in one
 * of its two final states.
 */
public enum DeliveryState {

    /** Not yet delivered; its queue message is on the receiver's queue or being tried. */
    PENDING,

    /**
     * In the inbox of an agency on the inbox channel: no longer on a queue, delivered
     * when the agency acknowledges it, dead-lettered if it expires first.
     */
    IN_INBOX,

    /**
     * The receiver answered {@code SPGInterchangeResponse} 200: the disclosure happened.
     */
    DELIVERED,

    /** Refused, expired or given up: it will not be tried again. */
    DEAD_LETTERED

}
