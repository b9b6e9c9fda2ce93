package uk.gov.justice.ppg.gateway.accept;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import uk.gov.justice.ppg.gateway.ids.TimeOrderedIds;
import uk.gov.justice.ppg.gateway.routing.DeliveryPlanner;
import uk.gov.justice.ppg.gateway.routing.PlannedDelivery;
import uk.gov.justice.ppg.gateway.routing.RoutingPlan;
import uk.gov.justice.ppg.gateway.security.ReplayCache;
import uk.gov.justice.ppg.gateway.store.Canonical;
import uk.gov.justice.ppg.gateway.store.InterchangeStore;
import uk.gov.justice.ppg.gateway.store.QueuedDelivery;
import uk.gov.justice.ppg.gateway.store.SealedPayload;
import uk.gov.justice.ppg.gateway.store.StoredInterchange;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;
import uk.gov.justice.ppg.routes.inbound.InboundContext;
import uk.gov.justice.ppg.routes.inbound.InboundPorts;
import uk.gov.justice.ppg.routes.inbound.SoapReplies;
import uk.gov.justice.ppg.routes.inbound.VerifiedSigner;
import uk.gov.justice.ppg.schemas.envelope.InterchangeView;

/**
 * Accepts an authorised interchange. A control reference already accepted from the sender
 * gets the original reply and nothing else happens. Otherwise it is routed (which may
 * refuse it), then everything it causes is written in one database transaction whose
 * queue messages commit right after it; only then is the reply set. The database is the
 * record of what must be delivered: once it has committed, the interchange is accepted,
 * even if the broker then fails to commit its queue messages (the recovery sweep queues
 * them, ADR 0018). A database failure refuses with GW-060, whose sender retries with the
 * same control reference: if the commit did happen after all, the retry is answered as a
 * duplicate.
 */
final class InterchangeAcceptance implements InboundPorts.Acceptance {

    private static final Logger LOG = LoggerFactory.getLogger(InterchangeAcceptance.class);

    private final InterchangeStore store;

    private final DeferredQueueing deferred;

    private final DeliveryPlanner planner;

    private final AcceptedInterchangeWriter writer;

    private final AuditTrail audit;

    private final ReplayCache replays;

    private final TransactionTemplate transactions;

    private final Runnable weakAccepted;

    InterchangeAcceptance(InterchangeStore store, DeferredQueueing deferred, DeliveryPlanner planner,
            AcceptedInterchangeWriter writer, AuditTrail audit, ReplayCache replays, TransactionTemplate transactions,
            Runnable weakAccepted) {
        this.store = store;
        this.deferred = deferred;
        this.planner = planner;
        this.writer = writer;
        this.audit = audit;
        this.replays = replays;
        this.transactions = transactions;
        this.weakAccepted = weakAccepted;
    }

    @Override
    public void accept(InboundContext context) throws GatewayException {
        InterchangeView view = context.interchange().orElseThrow(() -> new IllegalStateException("not validated"));
        String id = TimeOrderedIds.next();
        SealedPayload payload = this.store.seal(id, context.requestLength(),
                (out) -> Canonical.write(context.interchangeElement(), out));
        String digest = payload.sha256();
        if (answeredBefore(context, view, digest)) {
            return;
        }
        StoredInterchange interchange = StoredInterchange.of(id, context, payload);
        RoutingPlan plan = routed(view, context);
        List<QueuedDelivery> deliveries = queued(interchange, plan.deliveries());
        List<String> issued = new ArrayList<>();
        try {
            this.transactions.executeWithoutResult((status) -> write(interchange, plan, deliveries, context, issued));
        }
        catch (DuplicateKeyException ex) {
            refuseIfReplayed(context);
            if (!answeredBefore(context, view, digest)) {
                throw new GatewayException(GatewayErrorCode.STORAGE_UNAVAILABLE, "concurrent write conflict", ex);
            }
            return;
        }
        catch (SynchedLocalTransactionFailedException ex) {
            this.deferred.after(interchange.id());
            issued.forEach(this.deferred::after);
        }
        catch (DataAccessException | JmsException | TransactionException ex) {
            throw new GatewayException(GatewayErrorCode.STORAGE_UNAVAILABLE,
                    "store unavailable: " + ex.getClass().getSimpleName(), ex);
        }
        context.reply(SoapReplies.accepted(context.soapVersion()), false);
        if (context.signer().orElseThrow().weak()) {
            this.weakAccepted.run();
        }
    }

    /**
     * Whether the sender's control reference was accepted before. With the same canonical
     * content it is a duplicate: it gets the original answer and changes nothing. With
     * other content it is refused: a reference reused (a reset counter, say) must not be
     * silently dropped.
     */
    private boolean answeredBefore(InboundContext context, InterchangeView view, String digest) {
        Optional<String> accepted = acceptedDigest(view);
        if (accepted.isEmpty()) {
            return false;
        }
        refuseIfReplayed(context);
        if (!accepted.get().equals(digest)) {
            throw new GatewayException(GatewayErrorCode.CONTROL_REFERENCE_REUSED,
                    "reference accepted before with payload sha256 " + accepted.get() + "; this one has sha256 "
                            + digest);
        }
        answerDuplicate(context, view, digest);
        return true;
    }

    private RoutingPlan routed(InterchangeView view, InboundContext context) throws GatewayException {
        try {
            return this.planner.plan(view, context.schemaVersion(), context.interchangeElement());
        }
        catch (DataAccessException ex) {
            throw new GatewayException(GatewayErrorCode.STORAGE_UNAVAILABLE, "case register unavailable", ex);
        }
    }

    private Optional<String> acceptedDigest(InterchangeView view) {
        try {
            return this.store.acceptedPayloadSha256(view.sender(), view.senderControlReference());
        }
        catch (DataAccessException ex) {
            throw new GatewayException(GatewayErrorCode.STORAGE_UNAVAILABLE, "interchange store unavailable", ex);
        }
    }

    private void write(StoredInterchange interchange, RoutingPlan plan, List<QueuedDelivery> deliveries,
            InboundContext context, List<String> issued) {
        VerifiedSigner signer = context.signer().orElseThrow();
        this.replays.record(signer.signatureDigest(), signer.replayUntil());
        this.writer.write(interchange, plan, deliveries, context.messageId(), context.interchangeElement(), issued);
    }

    /**
     * A copy of an accepted message that passed verification while the original was being
     * accepted: a replay, not a resend.
     */
    private void refuseIfReplayed(InboundContext context) throws GatewayException {
        if (this.replays.seen(context.signer().orElseThrow().signatureDigest())) {
            throw new GatewayException(GatewayErrorCode.REPLAY_DETECTED, "signature accepted concurrently");
        }
    }

    private void answerDuplicate(InboundContext context, InterchangeView view, String digest) {
        this.audit.append(AuditRecord.builder(AuditEvent.INTERCHANGE_DUPLICATE, AuditRecord.Outcome.DUPLICATE)
            .ids(context.messageId(), null, null)
            .about(view)
            .signedBy(context.signer().orElseThrow())
            .tlsSubject(context.tlsSubject().orElse(null))
            .payloadSha256(digest));
        context.reply(SoapReplies.accepted(context.soapVersion()), true);
    }

    private static List<QueuedDelivery> queued(StoredInterchange interchange, List<PlannedDelivery> plan) {
        List<QueuedDelivery> deliveries = new ArrayList<>();
        for (PlannedDelivery planned : plan) {
            deliveries.add(new QueuedDelivery(TimeOrderedIds.next(), interchange.id(),
                    interchange.view().crn().orElse(null), planned));
        }
        return deliveries;
    }

}
