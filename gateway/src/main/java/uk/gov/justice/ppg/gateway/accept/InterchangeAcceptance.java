package uk.gov.justice.ppg.gateway.accept;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jms.JmsException;
import org.springframework.jms.connection.SynchedLocalTransactionFailedException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.justice.ppg.gateway.audit.AuditEvent;
import uk.gov.justice.ppg.gateway.audit.AuditRecord;
import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.audit.Purpose;
import uk.gov.justice.ppg.gateway.ingress.SoapReplies;
import uk.gov.justice.ppg.gateway.routing.DeliveryPlanner;
import uk.gov.justice.ppg.gateway.routing.PlannedDelivery;
import uk.gov.justice.ppg.gateway.security.Digests;
import uk.gov.justice.ppg.routes.error.GatewayException;
import uk.gov.justice.ppg.routes.error.StorageUnavailableException;
import uk.gov.justice.ppg.routes.inbound.InboundContext;
import uk.gov.justice.ppg.routes.inbound.InboundPorts;
import uk.gov.justice.ppg.schemas.envelope.InterchangeView;

/**
 * Accepts an authorised interchange. A control reference already accepted from the sender
 * gets the original reply and nothing else happens. Otherwise the interchange, its
 * deliveries and their audit records are written in one database transaction, and the
 * delivery messages in one broker transaction committed right after it; only then is the
 * reply set. If either store fails, nothing stays accepted and the sender is told to
 * retry.
 */
public final class InterchangeAcceptance implements InboundPorts.Acceptance {

    private static final Logger LOG = LoggerFactory.getLogger(InterchangeAcceptance.class);

    private final InterchangeStore store;

    private final DeliveryPlanner planner;

    private final DeliveryQueue queue;

    private final AuditTrail audit;

    private final TransactionTemplate transactions;

    private final Clock clock;

    private final Duration deliveryExpiry;

    public InterchangeAcceptance(InterchangeStore store, DeliveryPlanner planner, DeliveryQueue queue, AuditTrail audit,
            TransactionTemplate transactions, Clock clock, Duration deliveryExpiry) {
        this.store = store;
        this.planner = planner;
        this.queue = queue;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.deliveryExpiry = deliveryExpiry;
    }

    @Override
    public void accept(InboundContext context) throws GatewayException {
        InterchangeView view = context.interchange().orElseThrow(() -> new IllegalStateException("not validated"));
        if (alreadyAccepted(view)) {
            answerDuplicate(context, view);
            return;
        }
        byte[] payload = Canonical.exclusive(context.interchangeElement());
        StoredInterchange interchange = StoredInterchange.of(UUID.randomUUID().toString(), context, payload,
                Digests.sha256Hex(payload));
        List<QueuedDelivery> deliveries = queued(interchange, this.planner.plan(view));
        try {
            this.transactions.executeWithoutResult((status) -> commit(interchange, deliveries, context));
        }
        catch (DuplicateKeyException ex) {
            answerDuplicate(context, view);
            return;
        }
        catch (SynchedLocalTransactionFailedException ex) {
            undo(interchange, context);
            throw new StorageUnavailableException("broker commit failed after database commit", ex);
        }
        catch (UncheckedGatewayException ex) {
            throw ex.failure();
        }
        catch (DataAccessException | JmsException | TransactionException ex) {
            throw new StorageUnavailableException("interchange store unavailable: " + ex.getClass().getSimpleName(),
                    ex);
        }
        context.reply(SoapReplies.accepted(context.soapVersion()), false);
    }

    private boolean alreadyAccepted(InterchangeView view) throws GatewayException {
        try {
            return this.store.replyFor(view.sender(), view.senderControlReference()).isPresent();
        }
        catch (DataAccessException ex) {
            throw new StorageUnavailableException("interchange store unavailable", ex);
        }
    }

    private void commit(StoredInterchange interchange, List<QueuedDelivery> deliveries, InboundContext context) {
        Instant now = this.clock.instant();
        this.store.insert(interchange);
        append(describe(interchange, AuditEvent.INTERCHANGE_ACCEPTED, AuditRecord.Outcome.ACCEPTED)
            .ids(context.messageId(), interchange.id(), null));
        for (QueuedDelivery delivery : deliveries) {
            this.store.insertDelivery(delivery, now, now.plus(this.deliveryExpiry));
            append(describe(interchange, AuditEvent.DELIVERY_ROUTED, AuditRecord.Outcome.ROUTED)
                .ids(context.messageId(), interchange.id(), delivery.id())
                .parties(interchange.view().sender(), delivery.planned().receiver())
                .reason(delivery.planned().reason().name(), "to partner " + delivery.planned().partnerId()));
            this.queue.enqueue(delivery);
        }
    }

    private void answerDuplicate(InboundContext context, InterchangeView view) throws GatewayException {
        AuditRecord.Builder record = AuditRecord
            .builder(AuditEvent.INTERCHANGE_DUPLICATE, AuditRecord.Outcome.DUPLICATE)
            .ids(context.messageId(), null, null)
            .parties(view.sender(), view.receiver())
            .certificateSubject(context.signer().orElseThrow().subject())
            .message(view.primaryBody().localName(), view.crn().orElse(null), Purpose.of(view.primaryBody()))
            .controlReferences(view.senderControlReference(), view.header().receiverControlReference().orElse(null))
            .signatureProfile(context.signer().orElseThrow().signatureProfile());
        this.audit.append(record);
        context.reply(SoapReplies.accepted(context.soapVersion()), true);
    }

    /**
     * The database committed but the broker did not: remove the interchange so a retry is
     * accepted afresh.
     */
    private void undo(StoredInterchange interchange, InboundContext context) {
        try {
            this.transactions.executeWithoutResult((status) -> {
                this.store.delete(interchange.id());
                append(describe(interchange, AuditEvent.ACCEPT_ROLLED_BACK, AuditRecord.Outcome.ROLLED_BACK)
                    .ids(context.messageId(), interchange.id(), null)
                    .reason("GW-060", "broker commit failed after database commit"));
            });
        }
        catch (RuntimeException ex) {
            LOG.error("interchange {} stored without its deliveries queued; the recovery sweep will queue them",
                    interchange.id());
        }
    }

    private static AuditRecord.Builder describe(StoredInterchange interchange, AuditEvent event,
            AuditRecord.Outcome outcome) {
        InterchangeView view = interchange.view();
        return AuditRecord.builder(event, outcome)
            .parties(view.sender(), view.receiver())
            .certificateSubject(interchange.signer().subject())
            .message(view.primaryBody().localName(), view.crn().orElse(null), Purpose.of(view.primaryBody()))
            .controlReferences(view.senderControlReference(), view.header().receiverControlReference().orElse(null))
            .payloadSha256(interchange.payloadSha256())
            .signatureProfile(interchange.signer().signatureProfile());
    }

    private void append(AuditRecord.Builder record) {
        try {
            this.audit.append(record);
        }
        catch (GatewayException ex) {
            throw new UncheckedGatewayException(ex);
        }
    }

    private static List<QueuedDelivery> queued(StoredInterchange interchange, List<PlannedDelivery> plan) {
        List<QueuedDelivery> deliveries = new ArrayList<>();
        for (PlannedDelivery planned : plan) {
            deliveries.add(new QueuedDelivery(UUID.randomUUID().toString(), interchange.id(),
                    interchange.view().crn().orElse(null), planned));
        }
        return deliveries;
    }

    /**
     * Carries a gateway failure out of a transaction callback, which cannot throw checked
     * exceptions.
     */
    private static final class UncheckedGatewayException extends RuntimeException {

        UncheckedGatewayException(GatewayException failure) {
            super(failure);
        }

        GatewayException failure() {
            return (GatewayException) getCause();
        }

    }

}
