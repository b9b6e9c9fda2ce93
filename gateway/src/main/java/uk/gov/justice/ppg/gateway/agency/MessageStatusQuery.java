package uk.gov.justice.ppg.gateway.agency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where a message is: the interchange as accepted and each of its deliveries, read for
 * its sender only (another sender's message is as absent as an unknown one).
 */
final class MessageStatusQuery {

    private final JdbcTemplate jdbc;

    MessageStatusQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<MessageStatus> find(String id, String sender) {
        List<MessageStatus> found = this.jdbc.query(
                "SELECT id, sender_control_ref, body_type, crn, received_at FROM interchange"
                        + " WHERE id = ? AND sender = ?",
                (row, n) -> new MessageStatus(row.getString("id"), row.getString("sender_control_ref"),
                        row.getString("body_type"), row.getString("crn"), instant(row.getTimestamp("received_at")),
                        deliveries(row.getString("id"))),
                id, sender);
        return found.stream().findFirst();
    }

    private List<DeliveryStatus> deliveries(String interchangeId) {
        return this.jdbc.query(
                "SELECT receiver, state, attempts, last_error, completed_at, ack_status FROM delivery"
                        + " WHERE interchange_id = ? ORDER BY created_at, id",
                (row, n) -> new DeliveryStatus(row.getString("receiver"), row.getString("state"),
                        row.getInt("attempts"), row.getString("last_error"), instant(row.getTimestamp("completed_at")),
                        row.getString("ack_status")),
                interchangeId);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /**
     * A message as its sender sees it.
     *
     * @param id the gateway's message id
     * @param controlReference the sender's control reference
     * @param body the SPG body
     * @param crn the case
     * @param acceptedAt when it was stored
     * @param deliveries one per receiver, in the order they were planned
     */
    record MessageStatus(String id, String controlReference, String body, String crn, Instant acceptedAt,
            List<DeliveryStatus> deliveries) {
    }

    /**
     * One delivery.
     *
     * @param receiver the receiving party
     * @param state {@code PENDING}, {@code DELIVERED}, {@code DEAD_LETTERED}...
     * @param attempts how many times the gateway has tried
     * @param lastError the GW code of the last failure, if any
     * @param completedAt when it reached its final state
     * @param acknowledgement the receiver's ISN status code, once it answered
     */
    record DeliveryStatus(String receiver, String state, int attempts, String lastError, Instant completedAt,
            String acknowledgement) {
    }

}
