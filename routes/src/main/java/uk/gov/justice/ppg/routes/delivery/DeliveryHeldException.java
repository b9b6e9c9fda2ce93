package uk.gov.justice.ppg.routes.delivery;

/**
 * A delivery must stay on its queue for now (the gateway is stopping, or the store is
 * unreachable): the consumer rolls back and the broker keeps the message, in order, for
 * the next attempt. Not a failure of the delivery.
 */
public class DeliveryHeldException extends Exception {

    public DeliveryHeldException(String reason) {
        super(reason);
    }

    public DeliveryHeldException(String reason, Throwable cause) {
        super(reason, cause);
    }

}
