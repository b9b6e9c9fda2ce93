package uk.gov.justice.ppg.gateway.delivery;

import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.gov.justice.ppg.gateway.store.PendingDelivery;
import uk.gov.justice.ppg.routes.delivery.DeliveryHeldException;
import uk.gov.justice.ppg.routes.delivery.DeliveryPorts;

/**
 * Per-case order from the database, whatever order the broker wakes deliveries in: before
 * a delivery of a case is sent, every earlier pending delivery of the same partner and
 * case is taken to its end, oldest first (a dead-lettered one no longer holds the case).
 * A queue message lost between a database commit and a broker commit therefore delays
 * nothing behind it: the next message of its case sends it first (ADR 0018).
 */
final class CaseOrderedDelivery implements DeliveryPorts.Delivery {

    private static final Logger LOG = LoggerFactory.getLogger(CaseOrderedDelivery.class);

    private final DeliveryService deliveries;

    private final Counter earlierFirst;

    CaseOrderedDelivery(DeliveryService deliveries, Counter earlierFirst) {
        this.deliveries = deliveries;
        this.earlierFirst = earlierFirst;
    }

    @Override
    public void deliver(String deliveryId) throws DeliveryHeldException {
        while (true) {
            Optional<PendingDelivery> target = this.deliveries.pending(deliveryId);
            if (target.isEmpty()) {
                return;
            }
            String head = (target.get().crn() != null) ? this.deliveries.caseHead(target.get()).orElse(deliveryId)
                    : deliveryId;
            if (!head.equals(deliveryId)) {
                LOG.info("delivery {} waits for the earlier delivery {} of its case, sent first", deliveryId, head);
                this.earlierFirst.increment();
            }
            this.deliveries.deliver(head);
        }
    }

}
