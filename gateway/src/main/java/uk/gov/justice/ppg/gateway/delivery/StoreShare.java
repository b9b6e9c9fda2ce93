package uk.gov.justice.ppg.gateway.delivery;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import uk.gov.justice.ppg.routes.delivery.DeliveryHeldException;

/**
 * The share of the database's pooled connections that delivery consumers may hold at once
 * ({@code gateway.delivery.database-connections}, ADR 0031). However many consumers a
 * backlog grows, the rest of the pool stays free for accepts, the audit sealer, the
 * sweeps and start-up, so that a backlog slows deliveries, never an accept.
 */
final class StoreShare {

    private final Semaphore connections;

    StoreShare(int connections) {
        this.connections = new Semaphore(Math.max(1, connections), true);
    }

    /** Runs one call on the store once a connection of the share is free. */
    <T> T use(Supplier<T> call) throws DeliveryHeldException {
        try {
            this.connections.acquire();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new DeliveryHeldException("gateway stopping", ex);
        }
        try {
            return call.get();
        }
        finally {
            this.connections.release();
        }
    }

}
