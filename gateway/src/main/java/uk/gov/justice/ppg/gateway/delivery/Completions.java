package uk.gov.justice.ppg.gateway.delivery;

import java.time.Instant;

import uk.gov.justice.ppg.gateway.checks.CheckLedger;
import uk.gov.justice.ppg.gateway.checks.CheckMessages;
import uk.gov.justice.ppg.gateway.store.PendingDelivery;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;

/**
 * What the end of a delivery sets off, in the transaction that ends it, whichever channel
 * it went by: the sender's ISN, and for a check request (or a transfer request, which may
 * be a risk escalation) that arrived, its ledger entries becoming DELIVERED.
 */
class Completions {

    private final StatusNotifications notifications;

    private final CheckLedger ledger;

    Completions(StatusNotifications notifications, CheckLedger ledger) {
        this.notifications = notifications;
        this.ledger = ledger;
    }

    /**
     * A delivery ended: delivered when {@code failure} is null, otherwise dead-lettered.
     */
    void ended(PendingDelivery delivery, GatewayErrorCode failure, Instant at) {
        if (delivery.wantsStatusNotification()) {
            this.notifications.issue(delivery, failure);
        }
        if (failure == null && CheckMessages.opensEntry(delivery.interchange().body())) {
            this.ledger.delivered(delivery.interchange().id(), delivery.receiver(), delivery.id(), at);
        }
    }

}
