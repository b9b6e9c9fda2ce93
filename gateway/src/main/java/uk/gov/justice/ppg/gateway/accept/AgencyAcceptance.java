package uk.gov.justice.ppg.gateway.accept;

import java.time.Clock;
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
import org.w3c.dom.Element;

import uk.gov.justice.ppg.gateway.audit.AuditEvent;
import uk.gov.justice.ppg.gateway.audit.AuditRecord;
import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.ids.TimeOrderedIds;
import uk.gov.justice.ppg.gateway.routing.DeliveryPlanner;
import uk.gov.justice.ppg.gateway.routing.PlannedDelivery;
import uk.gov.justice.ppg.gateway.routing.RoutingPlan;
import uk.gov.justice.ppg.gateway.store.Canonical;
import uk.gov.justice.ppg.gateway.store.QueuedDelivery;
import uk.gov.justice.ppg.gateway.store.SealedPayload;
import uk.gov.justice.ppg.gateway.store.StoredInterchange;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;
import uk.gov.justice.ppg.schemas.SchemaVersion;
import uk.gov.justice.ppg.schemas.envelope.InterchangeReader;
import uk.gov.justice.ppg.schemas.envelope.InterchangeView;

/**
 * Accepts an interchange the gateway wrote from an agency's JSON, as
 * {@link InterchangeAcceptance} does a partner's: routed (which may refuse it), then
 * written in one transaction with its deliveries, audit, queue messages and the agency's
 * Idempotency-Key. The key is the agency's deduplication: the same key with the same body
 * is answered as before and changes nothing; with another body it is refused (GW-089). A
 * database failure refuses with GW-060; the agency retries with the same key.
 */
public final class AgencyAcceptance {

    private static final Logger LOG = LoggerFactory.getLogger(AgencyAcceptance.class);

    private final IdempotencyKeys keys;

    private final DeferredQueueing deferred;

    private final DeliveryPlanner planner;

    private final AcceptedInterchangeWriter writer;

    private final AuditTrail audit;

    private final TransactionTemplate transactions;

    private final Clock clock;

    AgencyAcceptance(IdempotencyKeys keys, DeferredQueueing deferred, DeliveryPlanner planner,
            AcceptedInterchangeWriter writer, AuditTrail audit, TransactionTemplate transactions, Clock clock) {
        this.clock = clock;
        this.keys = keys;
        this.deferred = deferred;
        this.planner = planner;
        this.writer = writer;
        this.audit = audit;
        this.transactions = transactions;
    }

    /**
     * What an agency posted, as far as deduplication and the audit need it.
     *
     * @param sender the agency's party code
     * @param key its Idempotency-Key
     * @param bodySha256 hash of the JSON body as received
     * @param tlsSubject its TLS client certificate's subject
     * @param token its bound token, as audit detail (client and jti)
     */
    public record Submission(String sender, String key, String bodySha256, String tlsSubject, String token) {
    }

    /**
     * The answer: the interchange the submission became.
     *
     * @param interchangeId its id, which {@code /api/v1/messages/{id}} tracks
     * @param duplicate whether it was accepted before under the same key
     */
    public record Accepted(String interchangeId, boolean duplicate) {
    }

    /**
     * The earlier answer to this key: present if the same body was accepted with it (a
     * duplicate, audited as one); refused with GW-089 if another body was.
     */
    public Optional<Accepted> answeredBefore(Submission submission) {
        Optional<IdempotencyKeys.Use> use;
        try {
            use = this.keys.find(submission.sender(), submission.key());
        }
        catch (DataAccessException ex) {
            throw new GatewayException(GatewayErrorCode.STORAGE_UNAVAILABLE, "idempotency keys unavailable", ex);
        }
        if (use.isEmpty()) {
            return Optional.empty();
        }
        if (!use.get().bodySha256().equals(submission.bodySha256())) {
            throw new GatewayException(GatewayErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "key accepted before with a body of sha256 " + use.get().bodySha256());
        }
        this.audit.append(AuditRecord.builder(AuditEvent.INTERCHANGE_DUPLICATE, AuditRecord.Outcome.DUPLICATE)
            .ids(null, use.get().interchangeId(), null)
            .parties(submission.sender(), null)
            .tlsSubject(submission.tlsSubject())
            .signatureProfile(StoredInterchange.TOKEN_PROFILE)
            .reason("IDEMPOTENCY_KEY", submission.token()));
        return Optional.of(new Accepted(use.get().interchangeId(), true));
    }

    /**
     * Routes and stores the interchange written for the submission. Returns once it is
     * durable.
     */
    public Accepted accept(Submission submission, Element interchange, SchemaVersion version) {
        String id = TimeOrderedIds.next();
        SealedPayload payload = this.writer.seal(id, (out) -> Canonical.write(interchange, out));
        InterchangeView view = InterchangeReader.read(interchange);
        StoredInterchange stored = StoredInterchange.fromAgency(id, view, version.wireName(), payload,
                submission.tlsSubject(), this.clock.instant(), submission.token());
        RoutingPlan plan = routed(view, version, interchange);
        List<QueuedDelivery> queued = new ArrayList<>();
        for (PlannedDelivery planned : plan.deliveries()) {
            queued.add(new QueuedDelivery(TimeOrderedIds.next(), stored.id(), view.crn().orElse(null), planned));
        }
        List<String> issued = new ArrayList<>();
        try {
            this.transactions.executeWithoutResult((status) -> {
                this.writer.write(stored, plan, queued, TimeOrderedIds.next(), interchange, issued);
                this.keys.insert(submission.sender(), submission.key(), submission.bodySha256(), stored.id(),
                        stored.receivedAt());
            });
        }
        catch (DuplicateKeyException ex) {
            return answeredBefore(submission).orElseThrow(
                    () -> new GatewayException(GatewayErrorCode.STORAGE_UNAVAILABLE, "concurrent write conflict", ex));
        }
        catch (SynchedLocalTransactionFailedException ex) {
            this.deferred.after(stored.id());
            issued.forEach(this.deferred::after);
        }
        catch (DataAccessException | JmsException | TransactionException ex) {
            throw new GatewayException(GatewayErrorCode.STORAGE_UNAVAILABLE,
                    "store unavailable: " + ex.getClass().getSimpleName(), ex);
        }
        return new Accepted(stored.id(), false);
    }

    private RoutingPlan routed(InterchangeView view, SchemaVersion version, Element interchange) {
        try {
            return this.planner.plan(view, version, interchange);
        }
        catch (DataAccessException ex) {
            throw new GatewayException(GatewayErrorCode.STORAGE_UNAVAILABLE, "case register unavailable", ex);
        }
    }

}
