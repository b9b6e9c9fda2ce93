package uk.gov.justice.ppg.gateway.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessException;
import org.springframework.jms.JmsException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.justice.ppg.gateway.audit.AuditEvent;
import uk.gov.justice.ppg.gateway.audit.AuditRecord;
import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.logging.RequestLogContext;
import uk.gov.justice.ppg.gateway.memory.PayloadBudget;
import uk.gov.justice.ppg.gateway.store.DeliveryState;
import uk.gov.justice.ppg.gateway.store.DeliveryStore;
import uk.gov.justice.ppg.gateway.store.PendingDelivery;
import uk.gov.justice.ppg.routes.delivery.DeliveryHeldException;
import uk.gov.justice.ppg.routes.delivery.DeliveryPorts;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;

/**
 * Takes one delivery to its end: waits at the partner's gate (kill switch, breaker) and
 * out its own backoff, then attempts it over the partner's channel
 * ({@link PartnerChannels}): renders and posts it and classifies the reply, or puts it in
 * an agency's inbox, where it waits for the agency's acknowledgement ({@link Inboxes}).
 * Delivered or refused ends it (with a status notification to the sender where one is
 * due); a transient failure is recorded and retried after the backoff; expiry, or failing
 * again and again while the partner takes other deliveries ({@link RetryTrack}),
 * dead-letters it. Every attempt and outcome is audited. While the store is unreachable
 * it waits rather than lose its place in the queue.
 */
class DeliveryService implements DeliveryPorts.Delivery {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryService.class);

    private static final Duration STORE_RETRY = Duration.ofSeconds(1);

    private static final Duration CLAIM_WAIT = Duration.ofMillis(200);

    /** How long a delivery waits for room for its large payload before it looks again. */
    private static final Duration BUDGET_WAIT = Duration.ofSeconds(1);

    private final DeliveryStore store;

    private final PartnerGate gate;

    private final PartnerChannels channels;

    private final Inboxes inboxes;

    private final DeliveryAudit describer;

    private final Completions completions;

    private final AuditTrail audit;

    private final TransactionTemplate transactions;

    private final Clock clock;

    private final int isolatedFailureLimit;

    private final Claims claims;

    private final StoreShare share;

    private final PayloadBudget budget;

    DeliveryService(DeliveryStore store, PartnerGate gate, PartnerChannels channels, Inboxes inboxes,
            Completions completions, AuditTrail audit, DeliveryAudit describer, TransactionTemplate transactions,
            Clock clock, int isolatedFailureLimit, Claims claims, StoreShare share, PayloadBudget budget) {
        this.store = store;
        this.gate = gate;
        this.channels = channels;
        this.inboxes = inboxes;
        this.describer = describer;
        this.completions = completions;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.isolatedFailureLimit = isolatedFailureLimit;
        this.claims = claims;
        this.share = share;
        this.budget = budget;
    }

    /**
     * The delivery as stored now, if it is still pending; waits out an unreachable store.
     */
    private Optional<PendingDelivery> pending(String deliveryId) throws DeliveryHeldException {
        return withStore(() -> this.store.load(deliveryId)).filter(PendingDelivery::pending);
    }

    /**
     * The oldest pending delivery of the same partner and case as this pending one; empty
     * if it is final or has no case.
     */
    Optional<String> caseHead(String deliveryId) throws DeliveryHeldException {
        return withStore(() -> this.store.caseHead(deliveryId));
    }

    /**
     * Takes one delivery to a final state, claiming it in the database for each attempt
     * so that no two consumers (of this node or another) send it at once.
     */
    @Override
    public void deliver(String deliveryId) throws DeliveryHeldException {
        MDC.put(RequestLogContext.DELIVERY_ID, deliveryId);
        try {
            RetryTrack retries = null;
            while (true) {
                PendingDelivery delivery = pending(deliveryId).orElse(null);
                if (delivery == null) {
                    return;
                }
                MDC.put(RequestLogContext.PARTNER_ID, delivery.partnerId());
                if (!this.clock.instant().isBefore(delivery.expiresAt())) {
                    finish(delivery, null, AttemptOutcome.expired());
                    return;
                }
                if (retries == null) {
                    retries = new RetryTrack(this.gate, delivery.partnerId(), this.isolatedFailureLimit);
                }
                this.gate.await(delivery.partnerId(), retries.notBefore(), delivery.expiresAt());
                if (!this.clock.instant().isBefore(delivery.expiresAt())) {
                    continue;
                }
                byte[] stored = delivery.interchange().payload();
                int size = (stored != null) ? stored.length : 0;
                stored = null;
                PayloadBudget.Hold hold = this.budget.tryHold(size);
                if (hold == null) {
                    // let go of the loaded payload while waiting for room, then load it
                    // again
                    delivery = null;
                    awaitRoom(size);
                    continue;
                }
                String claimant = this.claims.next();
                AttemptOutcome outcome;
                try (hold) {
                    Instant now = this.clock.instant();
                    if (!withStore(() -> this.store.claim(deliveryId, claimant, now, now.plus(this.claims.lease())))) {
                        this.gate.pause(CLAIM_WAIT);
                        continue;
                    }
                    PayloadHandover payload = new PayloadHandover(delivery.interchange().payload());
                    delivery = delivery.withoutPayload();
                    PartnerChannels.Prepared prepared = this.channels.prepare(delivery, payload);
                    outcome = this.channels.send(prepared, deliveryId);
                }
                if (outcome.kind() == AttemptOutcome.Kind.RETRY) {
                    if (retries.failed(this.clock.instant())) {
                        finish(delivery, claimant, givenUp(outcome, retries));
                        return;
                    }
                    recordFailure(delivery, claimant, outcome);
                    continue;
                }
                this.gate.succeeded(delivery.partnerId());
                if (outcome.kind() == AttemptOutcome.Kind.IN_INBOX) {
                    PendingDelivery entered = delivery;
                    withStore(() -> {
                        this.inboxes.enter(entered, claimant);
                        return null;
                    });
                    return;
                }
                finish(delivery, claimant, outcome);
                return;
            }
        }
        finally {
            MDC.remove(RequestLogContext.DELIVERY_ID);
            MDC.remove(RequestLogContext.PARTNER_ID);
        }
    }

    private void awaitRoom(int size) throws DeliveryHeldException {
        try {
            this.budget.awaitRoom(size, BUDGET_WAIT.toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new DeliveryHeldException("interrupted while waiting for room for a large payload", ex);
        }
    }

    private static AttemptOutcome givenUp(AttemptOutcome last, RetryTrack retries) {
        return AttemptOutcome.givenUp(retries.isolated() + " failures while the partner accepted other deliveries; "
                + "last " + last.error().code() + " " + last.detail());
    }

    private void recordFailure(PendingDelivery delivery, String claimant, AttemptOutcome outcome)
            throws DeliveryHeldException {
        LOG.info("delivery attempt failed with {} ({})", outcome.error().code(), outcome.detail());
        Instant now = this.clock.instant();
        withStore(() -> this.transactions.execute((status) -> {
            this.store.recordAttempt(delivery.id(), claimant, outcome.error(), now);
            this.audit.append(
                    this.describer.describe(delivery, AuditEvent.DELIVERY_ATTEMPT_FAILED, AuditRecord.Outcome.RETRYING)
                        .reason(outcome.error().code(), outcome.detail()));
            return null;
        }));
    }

    /**
     * Delivered, or dead-lettered: one transaction moves the delivery, audits it and
     * issues the sender's ISN. If its commit failed without saying whether it took (the
     * database went away mid-commit), the ISN it issued may be stored with its queue
     * message rolled back; once the store is back that ISN is marked as vouched for by no
     * run, so that the recovery sweep queues it if it exists (ADR 0018).
     */
    private void finish(PendingDelivery delivery, String claimant, AttemptOutcome outcome)
            throws DeliveryHeldException {
        boolean dead = outcome.kind().deadLetters();
        Instant now = this.clock.instant();
        AtomicReference<String> issued = new AtomicReference<>();
        withStore(() -> {
            String earlier = issued.get();
            if (earlier != null) {
                this.store.unqueued(earlier);
                issued.set(null);
            }
            return finishing(delivery, claimant, outcome, dead, now, issued);
        });
        if (dead) {
            LOG.warn("delivery dead-lettered with {} ({})", outcome.error().code(), outcome.detail());
        }
    }

    private Object finishing(PendingDelivery delivery, String claimant, AttemptOutcome outcome, boolean dead,
            Instant now, AtomicReference<String> issued) {
        return this.transactions.execute((status) -> {
            DeliveryState state = dead ? DeliveryState.DEAD_LETTERED : DeliveryState.DELIVERED;
            if (!this.store.complete(delivery.id(), claimant, state, outcome.error(), now)) {
                return null;
            }
            this.audit.append(dead
                    ? this.describer.describe(delivery, AuditEvent.DEAD_LETTERED, AuditRecord.Outcome.DEAD_LETTERED)
                        .reason(outcome.error().code(), outcome.detail())
                    : this.describer.describe(delivery, AuditEvent.DELIVERED, AuditRecord.Outcome.DELIVERED)
                        .reason(delivery.reason().name(), "to partner " + delivery.partnerId()));
            this.completions.ended(delivery, dead ? outcome.error() : null, now).ifPresent(issued::set);
            return null;
        });
    }

    /**
     * Runs a store operation, waiting out an unreachable database, broker or audit store
     * rather than giving up the message.
     */
    private <T> T withStore(Supplier<T> call) throws DeliveryHeldException {
        while (true) {
            try {
                return this.share.use(call);
            }
            catch (DataAccessException | TransactionException | JmsException ex) {
                waitForStore(ex);
            }
            catch (GatewayException ex) {
                if (!ex.is(GatewayErrorCode.AUDIT_UNAVAILABLE)) {
                    throw ex;
                }
                waitForStore(ex);
            }
        }
    }

    private void waitForStore(RuntimeException failure) throws DeliveryHeldException {
        LOG.warn("delivery store unavailable ({}); waiting", failure.getClass().getSimpleName());
        this.gate.pause(STORE_RETRY);
    }

}
