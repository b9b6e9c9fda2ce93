package uk.gov.justice.ppg.gateway.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import org.w3c.dom.Element;

import uk.gov.justice.ppg.gateway.audit.AuditEvent;
import uk.gov.justice.ppg.gateway.audit.AuditRecord;
import uk.gov.justice.ppg.gateway.audit.Purpose;
import uk.gov.justice.ppg.gateway.partner.Partner;
import uk.gov.justice.ppg.gateway.partner.PartnerDirectory;
import uk.gov.justice.ppg.gateway.store.PendingDelivery;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;

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

    private final IssuedInterchanges issued;

    private final Clock clock;

    StatusNotifications(Supplier<PartnerDirectory> directory, ControlReferences references, IssuedInterchanges issued,
            Clock clock) {
        this.directory = directory;
        this.references = references;
        this.issued = issued;
        this.clock = clock;
    }

    /**
     * Issues the ISN for a delivery that ended, in the caller's transaction: delivered
     * when {@code failure} is null, otherwise failed with that code as its reason.
     * Returns the ISN's interchange id, or empty if the sender is no longer in the
     * directory.
     */
    Optional<String> issue(PendingDelivery delivery, GatewayErrorCode failure) {
        IsnStatus status = IsnStatus.of(failure);
        String reasonCode = (failure != null) ? failure.code() : null;
        PendingDelivery.Interchange original = delivery.interchange();
        Optional<Partner> recipient = this.directory.get().byPartyCode(original.sender());
        if (recipient.isEmpty()) {
            return Optional.empty();
        }
        Instant now = this.clock.instant();
        Element isn = GatewayMessages.statusNotification(new GatewayMessages.Addressing(delivery.receiver(),
                original.sender(), this.references.next(delivery.receiver()), original.senderControlReference(),
                recipient.get().schemaVersion(), now), status.code(), reasonCode);
        return Optional.of(this.issued.issue(isn, recipient.get(), null,
                AuditRecord.builder(AuditEvent.STATUS_NOTIFICATION_ISSUED, AuditRecord.Outcome.ISSUED)
                    .message("InterchangeStatusNotification", original.crn(), Purpose.ACKNOWLEDGEMENT)
                    .reason(status.code(), reasonCode),
                delivery.id(), now));
    }

}
