package uk.gov.justice.ppg.gateway.delivery;

import io.micrometer.core.instrument.Counter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
            String head = this.deliveries.caseHead(deliveryId).orElse(deliveryId);
            if (head.equals(deliveryId)) {
                this.deliveries.deliver(deliveryId);
                return;
            }
            LOG.info("delivery {} waits for the earlier delivery {} of its case, sent first", deliveryId, head);
            this.earlierFirst.increment();
            this.deliveries.deliver(head);
        }
    }

}
