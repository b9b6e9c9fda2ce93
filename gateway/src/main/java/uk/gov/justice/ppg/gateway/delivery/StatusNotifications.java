package uk.gov.justice.ppg.gateway.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.w3c.dom.Element;

import uk.gov.justice.ppg.gateway.audit.AuditEvent;
import uk.gov.justice.ppg.gateway.audit.AuditRecord;
import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.audit.Purpose;
import uk.gov.justice.ppg.gateway.ids.TimeOrderedIds;
import uk.gov.justice.ppg.gateway.partner.Partner;
import uk.gov.justice.ppg.gateway.partner.PartnerDirectory;
import uk.gov.justice.ppg.gateway.routing.PlannedDelivery;
import uk.gov.justice.ppg.gateway.security.Digests;
import uk.gov.justice.ppg.gateway.store.Canonical;
import uk.gov.justice.ppg.gateway.store.DeliveryQueue;
import uk.gov.justice.ppg.gateway.store.DeliveryStore;
import uk.gov.justice.ppg.gateway.store.InterchangeStore;
import uk.gov.justice.ppg.gateway.store.PendingDelivery;
import uk.gov.justice.ppg.gateway.store.QueuedDelivery;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.schemas.envelope.InterchangeReader;
import uk.gov.justice.ppg.schemas.envelope.InterchangeView;

/**
 * Issues the {@code InterchangeStatusNotification} that tells a sender how its
 * interchange ended: 202 delivered, or a failure status with the gateway's reason code.
 * It is sent as from the receiver, carries the next control reference of the sender's own
 * sequence and, as ReceiverControlReference, the control reference it answers. It is
 * stored and queued like any delivery, in the caller's transaction.
 */
class StatusNotifications {

    private final Supplier<PartnerDirectory> directory;

    private final ControlReferences references;

    private final InterchangeStore store;

    private final DeliveryStore deliveries;

    private final DeliveryQueue queue;

    private final AuditTrail audit;

    private final Clock clock;

    private final Duration expiry;

    StatusNotifications(Supplier<PartnerDirectory> directory, ControlReferences references, InterchangeStore store,
            DeliveryStore deliveries, DeliveryQueue queue, AuditTrail audit, Clock clock, Duration expiry) {
        this.directory = directory;
        this.references = references;
        this.store = store;
        this.deliveries = deliveries;
        this.queue = queue;
        this.audit = audit;
        this.clock = clock;
        this.expiry = expiry;
    }

    /**
     * Issues the ISN for a delivery that ended, in the caller's transaction: delivered
     * when {@code failure} is null, otherwise failed with that code as its reason.
     */
    void issue(PendingDelivery delivery, GatewayErrorCode failure) {
        IsnStatus status = IsnStatus.of(failure);
        String reasonCode = (failure != null) ? failure.code() : null;
        PendingDelivery.Interchange original = delivery.interchange();
        Optional<Partner> recipient = this.directory.get().byPartyCode(original.sender());
        if (recipient.isEmpty()) {
            return;
        }
        Instant now = this.clock.instant();
        Element isn = GatewayMessages.statusNotification(new GatewayMessages.Addressing(delivery.receiver(),
                original.sender(), this.references.next(delivery.receiver()), original.senderControlReference(),
                recipient.get().schemaVersion(), now), status.code(), reasonCode);
        byte[] payload = Canonical.exclusive(isn);
        InterchangeView view = InterchangeReader.read(isn);
        String interchangeId = TimeOrderedIds.next();
        String digest = Digests.sha256Hex(payload);
        this.store.insertIssued(interchangeId, view, recipient.get().schemaVersion().wireName(), payload, digest, now);
        QueuedDelivery queued = new QueuedDelivery(TimeOrderedIds.next(), interchangeId, null,
                new PlannedDelivery(original.sender(), recipient.get().id(), recipient.get().schemaVersion(),
                        PlannedDelivery.Reason.ADDRESSED, List.of()));
        this.deliveries.insert(queued, now, now.plus(this.expiry));
        this.audit.append(AuditRecord.builder(AuditEvent.STATUS_NOTIFICATION_ISSUED, AuditRecord.Outcome.ISSUED)
            .ids(null, interchangeId, delivery.id())
            .parties(delivery.receiver(), original.sender())
            .message("InterchangeStatusNotification", original.crn(), Purpose.ACKNOWLEDGEMENT)
            .controlReferences(view.senderControlReference(), original.senderControlReference())
            .reason(status.code(), reasonCode)
            .payloadSha256(digest));
        this.queue.enqueue(queued);
    }

}
