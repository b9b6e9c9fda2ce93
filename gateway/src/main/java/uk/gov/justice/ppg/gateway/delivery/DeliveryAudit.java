package uk.gov.justice.ppg.gateway.delivery;

import java.util.function.Supplier;

import uk.gov.justice.ppg.gateway.audit.AuditEvent;
import uk.gov.justice.ppg.gateway.audit.AuditRecord;
import uk.gov.justice.ppg.gateway.audit.Purpose;
import uk.gov.justice.ppg.gateway.partner.PartnerDirectory;
import uk.gov.justice.ppg.gateway.store.PendingDelivery;

/**
 * The description every audit record of a delivery starts from: its ids, parties, the
 * receiver's TLS subject, the body, case and purpose, and the payload's hash.
 */
final class DeliveryAudit {

    private final Supplier<PartnerDirectory> directory;

    DeliveryAudit(Supplier<PartnerDirectory> directory) {
        this.directory = directory;
    }

    AuditRecord.Builder describe(PendingDelivery delivery, AuditEvent event, AuditRecord.Outcome outcome) {
        PendingDelivery.Interchange interchange = delivery.interchange();
        String recipient = this.directory.get()
            .byId(delivery.partnerId())
            .map((partner) -> partner.tlsSubject().getName())
            .orElse(null);
        return AuditRecord.builder(event, outcome)
            .ids(null, interchange.id(), delivery.id())
            .parties(interchange.sender(), delivery.receiver())
            .certificateSubject(recipient)
            .partner(delivery.partnerId())
            .message(interchange.body().localName(), interchange.crn(), Purpose.of(interchange.body()))
            .controlReferences(interchange.senderControlReference(), null)
            .payloadSha256(interchange.payloadSha256());
    }

}
