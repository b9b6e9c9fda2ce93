package uk.gov.justice.ppg.gateway.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.w3c.dom.Element;

import uk.gov.justice.ppg.gateway.accept.Canonical;
import uk.gov.justice.ppg.gateway.accept.DeliveryQueue;
import uk.gov.justice.ppg.gateway.accept.InterchangeStore;
import uk.gov.justice.ppg.gateway.accept.QueuedDelivery;
import uk.gov.justice.ppg.gateway.audit.AuditEvent;
import uk.gov.justice.ppg.gateway.audit.AuditRecord;
import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.audit.Purpose;
import uk.gov.justice.ppg.gateway.ids.TimeOrderedIds;
import uk.gov.justice.ppg.gateway.partner.Partner;
import uk.gov.justice.ppg.gateway.partner.PartnerDirectory;
import uk.gov.justice.ppg.gateway.routing.PlannedDelivery;
import uk.gov.justice.ppg.gateway.security.Digests;
import uk.gov.justice.ppg.routes.error.GatewayException;
import uk.gov.justice.ppg.schemas.envelope.InterchangeReader;
import uk.gov.justice.ppg.schemas.envelope.InterchangeView;

/**
 * Issues the {@code InterchangeStatusNotification} that tells a sender how its
 * interchange ended: 202 delivered, or a failure status with the gateway's reason code.
 * It is sent as from the receiver, carries the next control reference of the sender's own
 * sequence and, as ReceiverControlReference, the control reference it answers. It is
 * stored and queued like any delivery, in the caller's transaction.
 */
public class StatusNotifications {

    /** ISN status codes (docs/delivery.md). */
    public static final String DELIVERED = "202";

    private final Supplier<PartnerDirectory> directory;

    private final ControlReferences references;

    private final InterchangeStore store;

    private final DeliveryQueue queue;

    private final AuditTrail audit;

    private final Clock clock;

    private final Duration expiry;

    public StatusNotifications(Supplier<PartnerDirectory> directory, ControlReferences references,
            InterchangeStore store, DeliveryQueue queue, AuditTrail audit, Clock clock, Duration expiry) {
        this.directory = directory;
        this.references = references;
        this.store = store;
        this.queue = queue;
        this.audit = audit;
        this.clock = clock;
        this.expiry = expiry;
    }

    /** The ISN status for a final delivery failure. */
    public static String failureStatus(String reasonCode) {
        return switch (reasonCode) {
            case "GW-071" -> "504";
            case "GW-051" -> "601";
            default -> "599";
        };
    }

    public void issue(PendingDelivery delivery, String status, String reasonCode) throws GatewayException {
        PendingDelivery.Interchange original = delivery.interchange();
        Optional<Partner> recipient = this.directory.get().byPartyCode(original.sender());
        if (recipient.isEmpty()) {
            return;
        }
        Instant now = this.clock.instant();
        Element isn = GatewayMessages.statusNotification(new GatewayMessages.Addressing(delivery.receiver(),
                original.sender(), this.references.next(original.sender()), original.senderControlReference(),
                recipient.get().schemaVersion(), now), status, reasonCode);
        byte[] payload = Canonical.exclusive(isn);
        InterchangeView view = InterchangeReader.read(isn);
        String interchangeId = TimeOrderedIds.next();
        String digest = Digests.sha256Hex(payload);
        this.store.insertIssued(interchangeId, view, recipient.get().schemaVersion().wireName(), payload, digest, now);
        QueuedDelivery queued = new QueuedDelivery(TimeOrderedIds.next(), interchangeId, null,
                new PlannedDelivery(original.sender(), recipient.get().id(), recipient.get().schemaVersion(),
                        PlannedDelivery.Reason.ADDRESSED, List.of()));
        this.store.insertDelivery(queued, now, now.plus(this.expiry));
        this.audit.append(AuditRecord.builder(AuditEvent.STATUS_NOTIFICATION_ISSUED, AuditRecord.Outcome.ISSUED)
            .ids(null, interchangeId, delivery.id())
            .parties(delivery.receiver(), original.sender())
            .message("InterchangeStatusNotification", original.crn(), Purpose.ACKNOWLEDGEMENT)
            .controlReferences(view.senderControlReference(), original.senderControlReference())
            .reason(status, reasonCode)
            .payloadSha256(digest));
        this.queue.enqueue(queued);
    }

}
