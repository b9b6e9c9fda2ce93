package uk.gov.justice.ppg.gateway.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.justice.ppg.gateway.routing.PlannedDelivery;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.schemas.MessageBody;
import uk.gov.justice.ppg.schemas.SchemaVersion;

/**
 * The {@code delivery} table: a row per delivery, written when an interchange is accepted
 * or the gateway issues one, and moved through its states by the delivery flow.
 */
public class DeliveryStore {

    private static final String SELECT = "SELECT d.id, d.state, d.receiver, d.partner_id, d.schema_version, "
            + "d.reason, d.attempts, d.expires_at, i.id, i.origin, i.sender, i.sender_control_ref, i.receiver, "
            + "i.schema_version, i.body_type, i.crn, i.payload, i.payload_sha256, i.payload_key_id, "
            + "i.received_at FROM delivery d JOIN interchange i ON i.id = d.interchange_id ";

    /**
     * The case head of a delivery, read through {@code ix_delivery_case_head} (on H2 once
     * migration V19 gave it the columns' selectivity).
     */
    static final String CASE_HEAD = "SELECT e.id FROM delivery d JOIN delivery e ON e.partner_id = d.partner_id "
            + "AND e.crn = d.crn WHERE d.id = ? AND d.state = ? AND e.state = ? "
            + "ORDER BY e.created_at, e.id FETCH FIRST 1 ROWS ONLY";

    private static final String PENDING = DeliveryState.PENDING.name();

    private static final String IN_INBOX = DeliveryState.IN_INBOX.name();

    private final JdbcTemplate jdbc;

    private final PayloadCipher cipher;

    private final NodeRuns runs;

    public DeliveryStore(JdbcTemplate jdbc, PayloadCipher cipher, NodeRuns runs) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.runs = runs;
    }

    /** Stores a new pending delivery, in the caller's transaction. */
    public void insert(QueuedDelivery delivery, Instant createdAt, Instant expiresAt) {
        PlannedDelivery planned = delivery.planned();
        this.jdbc.update(
                "INSERT INTO delivery (id, interchange_id, receiver, partner_id, schema_version, crn, reason, "
                        + "state, created_at, expires_at, queued_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                delivery.id(), delivery.interchangeId(), planned.receiver(), planned.partnerId(),
                planned.schemaVersion().wireName(), delivery.crn(), planned.reason().name(), PENDING,
                Timestamp.from(createdAt), Timestamp.from(expiresAt), this.runs.runId());
    }

    /**
     * A delivery as a replay needs it, its row locked until the caller's transaction ends
     * (so two replays of one dead letter run one after the other).
     */
    public Optional<ReplaySource> lockForReplay(String deliveryId) {
        return this.jdbc.query(
                "SELECT id, state, interchange_id, receiver, partner_id, schema_version, crn, reason "
                        + "FROM delivery WHERE id = ? FOR UPDATE",
                (rs, row) -> new ReplaySource(rs.getString(1), DeliveryState.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)),
                deliveryId)
            .stream()
            .findFirst();
    }

    /**
     * Whether the receiver already took the interchange (a delivery of it to them was
     * delivered) or is being sent it (one is pending or in its inbox).
     */
    public boolean receiverHasOrIsGetting(String interchangeId, String receiver) {
        Integer count = this.jdbc.queryForObject(
                "SELECT COUNT(*) FROM delivery WHERE interchange_id = ? AND receiver = ? AND state IN (?, ?, ?)",
                Integer.class, interchangeId, receiver, PENDING, DeliveryState.IN_INBOX.name(),
                DeliveryState.DELIVERED.name());
        return count != null && count > 0;
    }

    /**
     * Stores the pending delivery that replays {@code source}, in the caller's
     * transaction.
     */
    public void insertReplay(String id, ReplaySource source, Instant createdAt, Instant expiresAt) {
        this.jdbc.update("INSERT INTO delivery (id, interchange_id, receiver, partner_id, schema_version, crn, reason, "
                + "state, created_at, expires_at, queued_by, replay_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, source.interchangeId(), source.receiver(), source.partnerId(), source.schemaVersion(), source.crn(),
                source.reason(), PENDING, Timestamp.from(createdAt), Timestamp.from(expiresAt), this.runs.runId(),
                source.id());
    }

    /**
     * The broker did not take a replay's queue message: no run vouches for it, so the
     * sweep wakes it.
     */
    public void unqueuedDelivery(String deliveryId) {
        this.jdbc.update("UPDATE delivery SET queued_by = NULL WHERE id = ? AND state = ?", deliveryId, PENDING);
    }

    /**
     * A delivery that may be replayed, as read for the replay.
     *
     * @param id the delivery
     * @param state its state
     * @param interchangeId what it delivers
     * @param receiver to whom
     * @param partnerId through which partner
     * @param schemaVersion in which schema version
     * @param crn the case, if any
     * @param reason why it was planned
     */
    public record ReplaySource(String id, DeliveryState state, String interchangeId, String receiver, String partnerId,
            String schemaVersion, String crn, String reason) {

        /** The queue message of the delivery {@code deliveryId} that replays this one. */
        public QueueMessage message(String deliveryId) {
            return new QueueMessage(deliveryId, this.interchangeId, this.receiver, this.partnerId,
                    QueueMessage.group(this.crn, this.interchangeId));
        }

    }

    public Optional<PendingDelivery> load(String deliveryId) {
        return this.jdbc.query(SELECT + "WHERE d.id = ?", this::map, deliveryId).stream().findFirst();
    }

    /**
     * The oldest pending delivery to the same partner about the same case as the pending
     * delivery {@code deliveryId}: the one that must end (delivered or dead-lettered)
     * before any later one of that case is sent. Empty if that delivery is final or has
     * no case (it then waits for nothing).
     */
    public Optional<String> caseHead(String deliveryId) {
        return this.jdbc.queryForList(CASE_HEAD, String.class, deliveryId, PENDING, PENDING).stream().findFirst();
    }

    /**
     * Claims a pending delivery for one attempt by {@code claimant} until {@code until};
     * false if it is final or another consumer holds an unexpired claim.
     */
    public boolean claim(String deliveryId, String claimant, Instant now, Instant until) {
        return this.jdbc.update(
                "UPDATE delivery SET claimed_by = ?, claimed_until = ? WHERE id = ? AND state = ? "
                        + "AND (claimed_until IS NULL OR claimed_until < ?)",
                claimant, Timestamp.from(until), deliveryId, PENDING, Timestamp.from(now)) == 1;
    }

    /**
     * Lets go of the claims a node's earlier run held when it stopped: at start-up,
     * before its consumers start.
     */
    public int releaseClaims(String nodeId) {
        return this.jdbc.update("UPDATE delivery SET claimed_until = NULL WHERE state = ? AND claimed_by LIKE ? "
                + "AND claimed_until IS NOT NULL", PENDING, nodeId + "/%");
    }

    /** Records a failed attempt by the claim's holder and releases the claim. */
    public void recordAttempt(String deliveryId, String claimant, GatewayErrorCode error, Instant at) {
        this.jdbc.update(
                "UPDATE delivery SET attempts = attempts + 1, last_error = ?, last_attempt_at = ?, "
                        + "claimed_until = NULL WHERE id = ? AND state = ? AND claimed_by = ?",
                error.code(), Timestamp.from(at), deliveryId, PENDING, claimant);
    }

    /**
     * Moves a pending delivery to a final state; false if it was no longer pending
     * (another consumer finished it) or another consumer holds a live claim on it.
     */
    public boolean complete(String deliveryId, String claimant, DeliveryState state, GatewayErrorCode error,
            Instant at) {
        return this.jdbc.update(
                "UPDATE delivery SET state = ?, attempts = attempts + 1, last_error = ?, last_attempt_at = ?, "
                        + "completed_at = ?, claimed_until = NULL WHERE id = ? AND state = ? "
                        + "AND (claimed_until IS NULL OR claimed_until < ? OR claimed_by = ?)",
                state.name(), (error != null) ? error.code() : null, Timestamp.from(at), Timestamp.from(at), deliveryId,
                PENDING, Timestamp.from(at), claimant) == 1;
    }

    /**
     * Moves a pending delivery into its agency's inbox, as {@link #complete} does to a
     * final state, to expire at {@code expiresAt} if that is later than its own expiry;
     * false if it was no longer pending or another consumer holds it.
     */
    public boolean enterInbox(String deliveryId, String claimant, Instant at, Instant expiresAt) {
        return this.jdbc.update(
                "UPDATE delivery SET state = ?, attempts = attempts + 1, last_attempt_at = ?, claimed_until = NULL, "
                        + "expires_at = GREATEST(expires_at, ?) WHERE id = ? AND state = ? "
                        + "AND (claimed_until IS NULL OR claimed_until < ? OR claimed_by = ?)",
                IN_INBOX, Timestamp.from(at), Timestamp.from(expiresAt), deliveryId, PENDING, Timestamp.from(at),
                claimant) == 1;
    }

    /**
     * Moves a delivery waiting in an inbox to a final state: delivered when acknowledged,
     * dead-lettered when expired; false if it was no longer in the inbox.
     */
    public boolean completeFromInbox(String deliveryId, DeliveryState state, GatewayErrorCode error, Instant at) {
        return this.jdbc.update(
                "UPDATE delivery SET state = ?, last_error = ?, completed_at = ? WHERE id = ? AND state = ?",
                state.name(), (error != null) ? error.code() : null, Timestamp.from(at), deliveryId, IN_INBOX) == 1;
    }

    /** Deliveries still in an inbox whose expiry has passed, oldest first. */
    public List<String> expiredInInbox(Instant now, int limit) {
        return this.jdbc.queryForList("SELECT id FROM delivery WHERE state = ? AND expires_at <= ? "
                + "ORDER BY expires_at FETCH FIRST " + limit + " ROWS ONLY", String.class, IN_INBOX,
                Timestamp.from(now));
    }

    /**
     * Records a partner's own ISN against the delivery it acknowledges: the delivery to
     * {@code acknowledger} of the interchange {@code originalSender} sent with
     * {@code originalReference} (a partner's, or one the gateway wrote for an agency,
     * whose references come from the gateway's range for that agency). Returns how many
     * deliveries matched.
     */
    public int recordAcknowledgement(String acknowledger, String originalSender, String originalReference,
            String status, Instant at) {
        return this.jdbc.update(
                "UPDATE delivery SET ack_status = ?, ack_at = ? WHERE receiver = ? AND interchange_id "
                        + "IN (SELECT id FROM interchange WHERE origin <> ? AND sender = ? AND sender_control_ref = ?)",
                status, Timestamp.from(at), acknowledger, Origin.GATEWAY.name(), originalSender, originalReference);
    }

    /**
     * Pending deliveries no consumer has ever claimed, created before {@code before},
     * whose queue message no live run vouches for (the run that queued them has ended, or
     * none did), oldest first: deliveries whose queue message may have been lost.
     */
    public List<QueueMessage> orphaned(Instant before, Instant now, int limit) {
        return this.jdbc.query(
                "SELECT id, interchange_id, receiver, partner_id, crn FROM delivery WHERE state = ? "
                        + "AND claimed_by IS NULL AND created_at < ? AND (queued_by IS NULL OR queued_by NOT IN "
                        + "(SELECT run_id FROM node_run WHERE beat_at >= ?)) ORDER BY created_at FETCH FIRST " + limit
                        + " ROWS ONLY",
                (rs, row) -> new QueueMessage(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        QueueMessage.group(rs.getString(5), rs.getString(2))),
                PENDING, Timestamp.from(before), Timestamp.from(this.runs.liveSince(now)));
    }

    /** Notes that this run woke a delivery: its queue message is in the broker again. */
    public void woken(String deliveryId, Instant at) {
        this.jdbc.update("UPDATE delivery SET woken_at = ?, queued_by = ? WHERE id = ?", Timestamp.from(at),
                this.runs.runId(), deliveryId);
    }

    /**
     * The broker did not commit the queue messages of an accepted interchange: no run
     * vouches for them, so the sweep wakes them.
     */
    public void unqueued(String interchangeId) {
        this.jdbc.update("UPDATE delivery SET queued_by = NULL WHERE interchange_id = ? AND state = ?", interchangeId,
                PENDING);
    }

    private PendingDelivery map(ResultSet rs, int row) throws SQLException {
        PendingDelivery.Interchange interchange = new PendingDelivery.Interchange(rs.getString(9),
                Origin.valueOf(rs.getString(10)), rs.getString(11), rs.getString(12), rs.getString(13),
                version(rs.getString(14)), MessageBody.fromLocalName(rs.getString(15)).orElseThrow(), rs.getString(16),
                payload(rs.getString(9), rs.getString(19), rs.getBytes(17)), rs.getString(18),
                rs.getTimestamp(20).toInstant());
        return new PendingDelivery(rs.getString(1), DeliveryState.valueOf(rs.getString(2)), rs.getString(3),
                rs.getString(4), version(rs.getString(5)), PlannedDelivery.Reason.valueOf(rs.getString(6)),
                rs.getInt(7), rs.getTimestamp(8).toInstant(), interchange);
    }

    /** Opens a sealed payload; a row from before sealing (no key id) is stored plain. */
    private byte[] payload(String interchangeId, String keyId, byte[] stored) {
        return (keyId != null) ? this.cipher.open(interchangeId, keyId, stored) : stored;
    }

    private static SchemaVersion version(String wire) {
        return SchemaVersion.fromWire(wire).orElseThrow();
    }

}
