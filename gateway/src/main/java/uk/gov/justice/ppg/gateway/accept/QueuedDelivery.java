package uk.gov.justice.ppg.gateway.accept;

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

    /**
     * The message group: deliveries for one case go in order; those without a case are
     * ordered by interchange.
     */
    public String groupId() {
        return (this.crn != null) ? this.crn : this.interchangeId;
    }

}
