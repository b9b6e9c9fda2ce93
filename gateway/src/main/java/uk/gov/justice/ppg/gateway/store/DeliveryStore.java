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
            + "i.schema_version, i.body_type, i.crn, i.payload, i.payload_sha256 "
            + "FROM delivery d JOIN interchange i ON i.id = d.interchange_id ";

    private static final String PENDING = DeliveryState.PENDING.name();

    private final JdbcTemplate jdbc;

    public DeliveryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new pending delivery, in the caller's transaction. */
    public void insert(QueuedDelivery delivery, Instant createdAt, Instant expiresAt) {
        PlannedDelivery planned = delivery.planned();
        this.jdbc.update(
                "INSERT INTO delivery (id, interchange_id, receiver, partner_id, schema_version, crn, reason, "
                        + "state, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                delivery.id(), delivery.interchangeId(), planned.receiver(), planned.partnerId(),
                planned.schemaVersion().wireName(), delivery.crn(), planned.reason().name(), PENDING,
                Timestamp.from(createdAt), Timestamp.from(expiresAt));
    }

    /** Deletes the deliveries of an interchange whose accept is undone. */
    public void deleteFor(String interchangeId) {
        this.jdbc.update("DELETE FROM delivery WHERE interchange_id = ?", interchangeId);
    }

    public Optional<PendingDelivery> load(String deliveryId) {
        return this.jdbc.query(SELECT + "WHERE d.id = ?", DeliveryStore::map, deliveryId).stream().findFirst();
    }

    public void recordAttempt(String deliveryId, GatewayErrorCode error, Instant at) {
        this.jdbc.update("UPDATE delivery SET attempts = attempts + 1, last_error = ?, last_attempt_at = ? "
                + "WHERE id = ? AND state = ?", error.code(), Timestamp.from(at), deliveryId, PENDING);
    }

    /**
     * Moves a pending delivery to a final state; false if it was no longer pending
     * (another node finished it).
     */
    public boolean complete(String deliveryId, DeliveryState state, GatewayErrorCode error, Instant at) {
        return this.jdbc.update(
                "UPDATE delivery SET state = ?, attempts = attempts + 1, last_error = ?, "
                        + "last_attempt_at = ?, completed_at = ? WHERE id = ? AND state = ?",
                state.name(), (error != null) ? error.code() : null, Timestamp.from(at), Timestamp.from(at), deliveryId,
                PENDING) == 1;
    }

    /**
     * Records a partner's own ISN against the delivery it acknowledges: the delivery to
     * {@code acknowledger} of the interchange {@code originalSender} sent with
     * {@code originalReference}. Returns how many deliveries matched.
     */
    public int recordAcknowledgement(String acknowledger, String originalSender, String originalReference,
            String status, Instant at) {
        return this.jdbc.update(
                "UPDATE delivery SET ack_status = ?, ack_at = ? WHERE receiver = ? AND interchange_id "
                        + "IN (SELECT id FROM interchange WHERE origin = ? AND sender = ? AND sender_control_ref = ?)",
                status, Timestamp.from(at), acknowledger, Origin.PARTNER.name(), originalSender, originalReference);
    }

    /**
     * Pending deliveries never attempted and created before {@code before}, oldest first:
     * candidates for re-queueing.
     */
    public List<QueueMessage> unattemptedBefore(Instant before, int limit) {
        return this.jdbc.query(
                "SELECT id, interchange_id, receiver, partner_id, crn FROM delivery WHERE state = ? "
                        + "AND attempts = 0 AND created_at < ? ORDER BY created_at FETCH FIRST " + limit + " ROWS ONLY",
                (rs, row) -> new QueueMessage(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        QueueMessage.group(rs.getString(5), rs.getString(2))),
                PENDING, Timestamp.from(before));
    }

    private static PendingDelivery map(ResultSet rs, int row) throws SQLException {
        PendingDelivery.Interchange interchange = new PendingDelivery.Interchange(rs.getString(9),
                Origin.valueOf(rs.getString(10)), rs.getString(11), rs.getString(12), rs.getString(13),
                version(rs.getString(14)), MessageBody.fromLocalName(rs.getString(15)).orElseThrow(), rs.getString(16),
                rs.getBytes(17), rs.getString(18));
        return new PendingDelivery(rs.getString(1), DeliveryState.valueOf(rs.getString(2)), rs.getString(3),
                rs.getString(4), version(rs.getString(5)), PlannedDelivery.Reason.valueOf(rs.getString(6)),
                rs.getInt(7), rs.getTimestamp(8).toInstant(), interchange);
    }

    private static SchemaVersion version(String wire) {
        return SchemaVersion.fromWire(wire).orElseThrow();
    }

}
