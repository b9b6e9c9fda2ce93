package uk.gov.justice.ppg.gateway.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import uk.gov.justice.ppg.gateway.audit.AfterCommit;
import uk.gov.justice.ppg.gateway.checks.CheckLedger;
import uk.gov.justice.ppg.gateway.checks.CheckMessages;
import uk.gov.justice.ppg.gateway.store.PendingDelivery;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;

/**
 * What the end of a delivery sets off, in the transaction that ends it, whichever channel
 * it went by: the sender's ISN, and for a check request (or a transfer request, which may
 * be a risk escalation) that arrived, its ledger entries becoming DELIVERED; and the
 * delivery's latency.
 */
class Completions {

    private final StatusNotifications notifications;

    private final CheckLedger ledger;

    private final MeterRegistry meters;

    Completions(StatusNotifications notifications, CheckLedger ledger, MeterRegistry meters) {
        this.notifications = notifications;
        this.ledger = ledger;
        this.meters = meters;
    }

    /**
     * A delivery ended: delivered when {@code failure} is null, otherwise dead-lettered.
     * Returns the id of the ISN it issued, if it issued one.
     */
    Optional<String> ended(PendingDelivery delivery, GatewayErrorCode failure, Instant at) {
        Optional<String> isn = delivery.wantsStatusNotification() ? this.notifications.issue(delivery, failure)
                : Optional.empty();
        if (failure == null && CheckMessages.opensEntry(delivery.interchange().body())) {
            this.ledger.delivered(delivery.interchange().id(), delivery.receiver(), delivery.id(), at);
        }
        if (failure == null) {
            latency(delivery, Duration.between(delivery.interchange().receivedAt(), at));
        }
        return isn;
    }

    /**
     * {@code gateway.delivery.latency{partner, message_type}}: from acceptance to the
     * receiver's 200 (or the agency's acknowledgement), as a histogram, once the delivery
     * has committed.
     */
    private void latency(PendingDelivery delivery, Duration took) {
        Timer timer = Timer.builder("gateway.delivery.latency")
            .description("time from acceptance to delivery")
            .tag("partner", delivery.partnerId())
            .tag("message_type", delivery.interchange().body().localName())
            .publishPercentileHistogram()
            .register(this.meters);
        AfterCommit.run(() -> timer.record(took));
    }

}
