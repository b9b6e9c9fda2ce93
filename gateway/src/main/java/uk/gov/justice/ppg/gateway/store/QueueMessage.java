package uk.gov.justice.ppg.gateway.store;

/**
 * What a delivery's queue message carries: identifiers only, the payload stays in the
 * database.
 *
 * @param deliveryId the delivery row it stands for
 * @param interchangeId the interchange delivered
 * @param receiver party code of the receiver
 * @param partnerId the receiving partner, whose queue it goes on
 * @param groupId the message group: the case, or the interchange for one without a case
 */
public record QueueMessage(String deliveryId, String interchangeId, String receiver, String partnerId, String groupId) {

    /** The group of a delivery: its case, so one case's deliveries go in order. */
    static String group(String crn, String interchangeId) {
        return (crn != null) ? crn : interchangeId;
    }

}
