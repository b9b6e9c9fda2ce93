package uk.gov.justice.ppg.routes.delivery;

/** The port the delivery routes call. The gateway application implements it. */
public final class DeliveryPorts {

    private DeliveryPorts() {
    }

    /**
     * Takes one queued delivery to a final state (delivered, or dead-lettered with a
     * failure notification to the sender), retrying transient failures with backoff
     * meanwhile. Returns normally once the delivery is final or was already final; throws
     * {@link DeliveryHeldException} when it must stay queued.
     */
    @FunctionalInterface
    public interface Delivery {

        void deliver(String deliveryId) throws DeliveryHeldException;

    }

}
