package uk.gov.justice.ppg.gateway.store;

import java.time.Instant;

import uk.gov.justice.ppg.gateway.routing.PlannedDelivery;
import uk.gov.justice.ppg.schemas.MessageBody;
import uk.gov.justice.ppg.schemas.SchemaVersion;

/**
 * A delivery as loaded for an attempt, with what it needs of its interchange.
 *
 * @param id delivery id
 * @param state where it is
 * @param receiver party code it goes to
 * @param partnerId the receiving partner
 * @param version the receiver's schema version
 * @param reason why this receiver gets it
 * @param attempts attempts so far
 * @param expiresAt when it is dead-lettered if still undelivered
 * @param interchange the interchange delivered
 */
public record PendingDelivery(String id, DeliveryState state, String receiver, String partnerId, SchemaVersion version,
        PlannedDelivery.Reason reason, int attempts, Instant expiresAt, Interchange interchange) {

    /**
     * The same delivery without its payload, once rendered: a large payload is not held
     * while the partner answers.
     */
    public PendingDelivery withoutPayload() {
        return withPayload(null);
    }

    /** The same delivery carrying {@code payload}. */
    public PendingDelivery withPayload(byte[] payload) {
        Interchange i = this.interchange;
        return new PendingDelivery(this.id, this.state, this.receiver, this.partnerId, this.version, this.reason,
                this.attempts, this.expiresAt,
                new Interchange(i.id(), i.origin(), i.sender(), i.senderControlReference(), i.receiver(), i.version(),
                        i.body(), i.crn(), payload, i.payloadSha256(), i.receivedAt()));
    }

    public boolean pending() {
        return this.state == DeliveryState.PENDING;
    }

    /**
     * An ISN goes back to the sender for the addressed delivery of a partner's or an
     * agency's case data or check.
     */
    public boolean wantsStatusNotification() {
        return this.reason == PlannedDelivery.Reason.ADDRESSED && this.interchange.origin() != Origin.GATEWAY
                && this.interchange.body().kind() == MessageBody.Kind.BUSINESS;
    }

    /**
     * The stored interchange.
     *
     * @param id interchange id
     * @param origin who wrote it
     * @param sender sender party code
     * @param senderControlReference the sender's control reference
     * @param receiver the addressed receiver
     * @param version the version it is stored in
     * @param body its primary body
     * @param crn its case, or null
     * @param payload exclusive-canonical SPGInterchange
     * @param payloadSha256 hash of the payload
     * @param receivedAt when the gateway accepted it
     */
    public record Interchange(String id, Origin origin, String sender, String senderControlReference, String receiver,
            SchemaVersion version, MessageBody body, String crn, byte[] payload, String payloadSha256,
            Instant receivedAt) {
    }

}
