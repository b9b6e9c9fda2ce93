package uk.gov.justice.ppg.gateway.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.w3c.dom.Element;

import uk.gov.justice.ppg.gateway.audit.AuditRecord;
import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.ids.TimeOrderedIds;
import uk.gov.justice.ppg.gateway.partner.Partner;
import uk.gov.justice.ppg.gateway.routing.PlannedDelivery;
import uk.gov.justice.ppg.gateway.security.Digests;
import uk.gov.justice.ppg.gateway.store.Canonical;
import uk.gov.justice.ppg.gateway.store.DeliveryQueue;
import uk.gov.justice.ppg.gateway.store.DeliveryStore;
import uk.gov.justice.ppg.gateway.store.InterchangeStore;
import uk.gov.justice.ppg.gateway.store.QueuedDelivery;
import uk.gov.justice.ppg.schemas.envelope.InterchangeReader;
import uk.gov.justice.ppg.schemas.envelope.InterchangeView;

/**
 * Stores an interchange the gateway wrote and queues its one delivery, in the caller's
 * transaction, with the audit record that says why it was issued: the ISNs and the check
 * ledger's notices.
 */
final class IssuedInterchanges {

    private final InterchangeStore store;

    private final DeliveryStore deliveries;

    private final DeliveryQueue queue;

    private final AuditTrail audit;

    private final Duration expiry;

    IssuedInterchanges(InterchangeStore store, DeliveryStore deliveries, DeliveryQueue queue, AuditTrail audit,
            Duration expiry) {
        this.store = store;
        this.deliveries = deliveries;
        this.queue = queue;
        this.audit = audit;
        this.expiry = expiry;
    }

    /**
     * Issues {@code interchange} to {@code recipient}, auditing {@code record} with the
     * ids, control references and hash filled in.
     */
    String issue(Element interchange, Partner recipient, String crn, AuditRecord.Builder record, String deliveryId,
            Instant now) {
        byte[] payload = Canonical.exclusive(interchange);
        InterchangeView view = InterchangeReader.read(interchange);
        String interchangeId = TimeOrderedIds.next();
        String digest = Digests.sha256Hex(payload);
        this.store.insertIssued(interchangeId, view, recipient.schemaVersion().wireName(), payload, digest, now);
        QueuedDelivery queued = new QueuedDelivery(TimeOrderedIds.next(), interchangeId, crn,
                new PlannedDelivery(view.receiver(), recipient.id(), recipient.schemaVersion(),
                        PlannedDelivery.Reason.ADDRESSED, List.of()));
        this.deliveries.insert(queued, now, now.plus(this.expiry));
        this.audit.append(record.ids(null, interchangeId, deliveryId)
            .parties(view.sender(), view.receiver())
            .controlReferences(view.senderControlReference(), view.header().receiverControlReference().orElse(null))
            .payloadSha256(digest));
        this.queue.enqueue(queued);
        return interchangeId;
    }

}
