package uk.gov.justice.ppg.gateway.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jms.JmsException;
import org.springframework.jms.connection.SynchedLocalTransactionFailedException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.justice.ppg.gateway.audit.AuditEvent;
import uk.gov.justice.ppg.gateway.audit.AuditRecord;
import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.store.DeliveryState;
import uk.gov.justice.ppg.gateway.store.DeliveryStore;
import uk.gov.justice.ppg.gateway.store.InboxStore;
import uk.gov.justice.ppg.gateway.store.PendingDelivery;
import uk.gov.justice.ppg.gateway.store.UnqueuedMarks;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;

/**
 * The inbox channel's side of a delivery's life. A delivery enters its agency's inbox
 * (off the queue, in case order, audited); the agency's first listing of it is audited as
 * a read; its acknowledgement delivers it, with the sender's success ISN; its expiry (or
 * an acknowledgement after it) dead-letters it, with a failure ISN. Each step is one
 * transaction, conditional on the delivery still being in the inbox, so that on any
 * number of nodes an item is acknowledged or expired once. When the commit of a step that
 * issued an ISN failed after the database took it, or without saying whether it took, the
 * ISN is marked for the recovery sweep ({@link UnqueuedMarks}).
 */
public class Inboxes {

    private static final Logger LOG = LoggerFactory.getLogger(Inboxes.class);

    private static final int BATCH = 200;

    private final DeliveryStore deliveries;

    private final InboxStore inbox;

    private final Completions completions;

    private final DeliveryAudit describer;

    private final AuditTrail audit;

    private final TransactionTemplate transactions;

    private final Clock clock;

    private final Duration lifetime;

    private final UnqueuedMarks marks;

    Inboxes(DeliveryStore deliveries, InboxStore inbox, Completions completions, DeliveryAudit describer,
            AuditTrail audit, TransactionTemplate transactions, Clock clock, Duration lifetime, UnqueuedMarks marks) {
        this.lifetime = lifetime;
        this.marks = marks;
        this.deliveries = deliveries;
        this.inbox = inbox;
        this.completions = completions;
        this.describer = describer;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Puts a pending delivery, claimed by {@code claimant}, in its agency's inbox, where
     * it waits for the inbox lifetime (or its own expiry, if later).
     */
    void enter(PendingDelivery delivery, String claimant) {
        Instant now = this.clock.instant();
        this.transactions.executeWithoutResult((status) -> {
            if (this.deliveries.enterInbox(delivery.id(), claimant, now, now.plus(this.lifetime))) {
                this.inbox.enter(delivery.id(), delivery.partnerId(), now);
                this.audit
                    .append(this.describer.describe(delivery, AuditEvent.INBOX_ENTERED, AuditRecord.Outcome.IN_INBOX)
                        .reason(delivery.reason().name(), "inbox of partner " + delivery.partnerId()));
            }
        });
    }

    /** What an acknowledgement came to. */
    public enum Acknowledged {

        /** Taken out of the inbox now: delivered. */
        NOW,

        /** Acknowledged before: nothing changed. */
        BEFORE,

        /** Expired before it was acknowledged: it was dead-lettered. */
        EXPIRED,

        /** The partner has no such item. */
        UNKNOWN

    }

    /**
     * The agency acknowledges an item of its inbox: delivered, audited naming
     * {@code actor} (its token's client and jti), with the sender's ISN.
     */
    public Acknowledged acknowledge(String partnerId, String itemId, String actor) {
        AtomicReference<String> issued = new AtomicReference<>();
        AtomicReference<Acknowledged> committed = new AtomicReference<>();
        try {
            Optional<InboxStore.Entry> entry = this.inbox.find(partnerId, itemId);
            if (entry.isEmpty()) {
                return Acknowledged.UNKNOWN;
            }
            if (entry.get().status() != InboxStore.Status.OPEN) {
                return (entry.get().status() == InboxStore.Status.ACKNOWLEDGED) ? Acknowledged.BEFORE
                        : Acknowledged.EXPIRED;
            }
            Acknowledged outcome = this.transactions.execute((status) -> {
                boolean expired = this.deliveries.load(itemId)
                    .map((delivery) -> !this.clock.instant().isBefore(delivery.expiresAt()))
                    .orElse(false);
                if (expired) {
                    committed.set(
                            end(itemId, GatewayErrorCode.DELIVERY_EXPIRED, null, issued) ? Acknowledged.EXPIRED : null);
                }
                else {
                    committed.set(end(itemId, null, actor, issued) ? Acknowledged.NOW : null);
                }
                return committed.get();
            });
            return (outcome != null) ? outcome : acknowledge(partnerId, itemId, actor);
        }
        catch (SynchedLocalTransactionFailedException ex) {
            LOG.warn("inbox item {} ended, but the broker did not commit its ISN's queue message; "
                    + "the recovery sweep queues it", itemId);
            markIssued(issued);
            return (committed.get() != null) ? committed.get() : acknowledge(partnerId, itemId, actor);
        }
        catch (DataAccessException | TransactionException ex) {
            markIssued(issued);
            throw new GatewayException(GatewayErrorCode.STORAGE_UNAVAILABLE,
                    "inbox unavailable: " + ex.getClass().getSimpleName(), ex);
        }
    }

    /**
     * The agency listed these items of its inbox: each one listed for the first time is
     * audited as read, naming {@code actor}, since the agency has its data from now.
     */
    public void read(List<PendingDelivery> listed, String actor) {
        try {
            this.transactions.executeWithoutResult((status) -> {
                Instant now = this.clock.instant();
                for (PendingDelivery delivery : listed) {
                    if (this.inbox.firstRead(delivery.id(), now)) {
                        this.audit
                            .append(this.describer.describe(delivery, AuditEvent.INBOX_READ, AuditRecord.Outcome.READ)
                                .reason("READ", actor));
                    }
                }
            });
        }
        catch (DataAccessException | TransactionException ex) {
            throw new GatewayException(GatewayErrorCode.STORAGE_UNAVAILABLE,
                    "inbox unavailable: " + ex.getClass().getSimpleName(), ex);
        }
    }

    /**
     * Dead-letters every item whose delivery expired unacknowledged, with its failure
     * ISN: from housekeeping, on every node.
     */
    void expire() {
        try {
            for (String deliveryId : this.deliveries.expiredInInbox(this.clock.instant(), BATCH)) {
                AtomicReference<String> issued = new AtomicReference<>();
                try {
                    this.transactions.executeWithoutResult(
                            (status) -> end(deliveryId, GatewayErrorCode.DELIVERY_EXPIRED, null, issued));
                }
                catch (IllegalStateException ex) {
                    LOG.error("inbox item {} not expired: {}", deliveryId, ex.getMessage());
                }
                catch (JmsException | DataAccessException | TransactionException ex) {
                    markIssued(issued);
                    throw ex;
                }
            }
        }
        catch (DataAccessException | TransactionException | GatewayException ex) {
            LOG.warn("inbox expiry skipped: store unavailable ({})", ex.getClass().getSimpleName());
        }
    }

    /**
     * Ends an item in the caller's transaction: acknowledged ({@code failure} null) or
     * expired; false if it had already left the inbox.
     */
    private boolean end(String deliveryId, GatewayErrorCode failure, String actor, AtomicReference<String> issued) {
        Instant now = this.clock.instant();
        boolean left = (failure == null) ? this.inbox.acknowledge(deliveryId, now) : this.inbox.expire(deliveryId, now);
        DeliveryState state = (failure == null) ? DeliveryState.DELIVERED : DeliveryState.DEAD_LETTERED;
        if (!left) {
            return false;
        }
        if (!this.deliveries.completeFromInbox(deliveryId, state, failure, now)) {
            throw new IllegalStateException("inbox item " + deliveryId + " open but its delivery not in the inbox");
        }
        PendingDelivery delivery = this.deliveries.load(deliveryId).orElseThrow();
        this.audit.append((failure == null)
                ? this.describer.describe(delivery, AuditEvent.DELIVERED, AuditRecord.Outcome.DELIVERED)
                    .reason("ACKNOWLEDGED", actor)
                : this.describer.describe(delivery, AuditEvent.DEAD_LETTERED, AuditRecord.Outcome.DEAD_LETTERED)
                    .reason(failure.code(), "not acknowledged before its expiry"));
        this.completions.ended(delivery, failure, now).ifPresent(issued::set);
        return true;
    }

    /** The ISN a step issued, if it did, whose queue message may be lost. */
    private void markIssued(AtomicReference<String> issued) {
        String isn = issued.getAndSet(null);
        if (isn != null) {
            this.marks.mark(isn);
        }
    }

}
