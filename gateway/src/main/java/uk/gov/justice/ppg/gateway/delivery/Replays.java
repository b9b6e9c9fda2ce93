package uk.gov.justice.ppg.gateway.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.JmsException;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.justice.ppg.gateway.audit.Actor;
import uk.gov.justice.ppg.gateway.audit.AuditEvent;
import uk.gov.justice.ppg.gateway.audit.AuditRecord;
import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.audit.Purpose;
import uk.gov.justice.ppg.gateway.ids.TimeOrderedIds;
import uk.gov.justice.ppg.gateway.store.DeliveryQueue;
import uk.gov.justice.ppg.gateway.store.DeliveryState;
import uk.gov.justice.ppg.gateway.store.DeliveryStore;
import uk.gov.justice.ppg.gateway.store.InterchangeStore;
import uk.gov.justice.ppg.gateway.store.QueueMessage;
import uk.gov.justice.ppg.gateway.store.Tracking;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;

/**
 * An operator's replay of dead letters (docs/admin-api.md). A dead letter is never
 * changed: its replay is a new pending delivery of the same interchange to the same
 * receiver, naming the dead letter ({@code replay_of}), created now and so at the end of
 * its case's queue, sent by the partner's consumers through breaker and kill switch as
 * any other. Refused for what is not a dead letter ({@code GW-075}), for a receiver that
 * already took the interchange or is being sent it again ({@code GW-076}), and for a
 * payload purged after its retention ({@code GW-077}). When the replay is delivered, the
 * sender's ISN says so, correlated to its interchange as the failure ISN was.
 */
public class Replays {

    private static final Logger LOG = LoggerFactory.getLogger(Replays.class);

    private final DeliveryStore deliveries;

    private final InterchangeStore interchanges;

    private final Tracking tracking;

    private final DeliveryQueue queue;

    private final AuditTrail audit;

    private final TransactionTemplate transactions;

    private final Clock clock;

    private final Duration expiry;

    Replays(DeliveryStore deliveries, InterchangeStore interchanges, Tracking tracking, DeliveryQueue queue,
            AuditTrail audit, TransactionTemplate transactions, Clock clock, Duration expiry) {
        this.deliveries = deliveries;
        this.interchanges = interchanges;
        this.tracking = tracking;
        this.queue = queue;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.expiry = expiry;
    }

    /**
     * What became of one dead letter: the replay's delivery id, or the refusal.
     *
     * @param deadLetter the delivery asked to be replayed
     * @param replay the new delivery, when replayed
     * @param refusal why not, when refused
     */
    public record Outcome(String deadLetter, String replay, GatewayErrorCode refusal) {
    }

    /** Replays one dead letter; empty if there is no such delivery. */
    public Optional<Outcome> replay(String deliveryId, String reason, Actor actor) {
        Optional<Planned> planned = this.transactions.execute((status) -> this.deliveries.lockForReplay(deliveryId)
            .map((source) -> replayLocked(source, reason, actor)));
        planned.map(Planned::message).ifPresent(this::enqueue);
        return planned.map(Planned::outcome);
    }

    /**
     * Replays the dead letters of one partner, or of all, completed in the range, at most
     * {@code limit}, oldest first; each in its own transaction.
     */
    public List<Outcome> replayAll(String partnerId, Instant from, Instant to, String reason, Actor actor, int limit) {
        List<Outcome> outcomes = new ArrayList<>();
        for (String id : this.tracking.deadLetterIds(partnerId, from, to, limit)) {
            replay(id, reason, actor).ifPresent(outcomes::add);
        }
        return outcomes;
    }

    private Planned replayLocked(DeliveryStore.ReplaySource source, String reason, Actor actor) {
        GatewayErrorCode refusal = null;
        if (source.state() != DeliveryState.DEAD_LETTERED) {
            refusal = GatewayErrorCode.REPLAY_NOT_DEAD_LETTER;
        }
        else if (this.deliveries.receiverHasOrIsGetting(source.interchangeId(), source.receiver())) {
            refusal = GatewayErrorCode.REPLAY_ALREADY_DELIVERED;
        }
        else if (this.interchanges.purged(source.interchangeId())) {
            refusal = GatewayErrorCode.REPLAY_PAYLOAD_PURGED;
        }
        if (refusal != null) {
            return new Planned(new Outcome(source.id(), null, refusal), null);
        }
        String replay = TimeOrderedIds.next();
        Instant now = this.clock.instant();
        this.deliveries.insertReplay(replay, source, now, now.plus(this.expiry));
        this.audit.append(AuditRecord.builder(AuditEvent.DELIVERY_REPLAYED, AuditRecord.Outcome.ROUTED)
            .ids(null, source.interchangeId(), replay)
            .parties(null, source.receiver())
            .partner(source.partnerId())
            .purpose(Purpose.OVERSIGHT)
            .actor(actor)
            .reason("REPLAY", "replays dead letter " + source.id() + ": " + reason));
        return new Planned(new Outcome(source.id(), replay, null), source.message(replay));
    }

    /**
     * After the commit: its queue message; if the broker does not take it, the sweep
     * wakes it.
     */
    private void enqueue(QueueMessage message) {
        try {
            this.queue.wake(message);
        }
        catch (JmsException ex) {
            LOG.warn("replay {} not queued ({}); the recovery sweep will wake it", message.deliveryId(),
                    ex.getClass().getSimpleName());
            this.deliveries.unqueuedDelivery(message.deliveryId());
        }
    }

    /**
     * A replay's outcome, and the queue message to send once it committed (none if
     * refused).
     */
    private record Planned(Outcome outcome, QueueMessage message) {
    }

}
