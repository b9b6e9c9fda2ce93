package uk.gov.justice.ppg.gateway.store;

import uk.gov.justice.ppg.gateway.routing.PlannedDelivery;

/**
 * A planned delivery with its identity, as stored and queued.
 *
 * @param id delivery id
 * @param interchangeId the interchange delivered
 * @param crn the case, which orders deliveries within a partner's queue
 * @param planned receiver, partner, version and reason
 */
public record QueuedDelivery(String id, String interchangeId, String crn, PlannedDelivery planned) {

    /** The message that puts it on its receiver's queue. */
    public QueueMessage message() {
        return new QueueMessage(this.id, this.interchangeId, this.planned.receiver(), this.planned.partnerId(),
                QueueMessage.group(this.crn, this.interchangeId));
    }

}
