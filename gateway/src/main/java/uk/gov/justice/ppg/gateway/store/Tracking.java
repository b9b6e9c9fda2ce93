package uk.gov.justice.ppg.gateway.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The operators' read side of the interchange and delivery tables: where a message is
 * (each interchange and each of its deliveries: state, attempts, last code, timings), the
 * dead letters, and each partner's queue. Reads only; paged, newest first.
 */
public class Tracking {

    private static final String INTERCHANGE = "SELECT i.id, i.origin, i.sender, i.sender_control_ref, i.receiver, "
            + "i.receiver_control_ref, i.schema_version, i.body_type, i.message_count, i.crn, i.received_at, "
            + "i.reply_code, i.payload_sha256, i.payload_purged_at FROM interchange i";

    private static final String DELIVERY = "SELECT d.id, d.interchange_id, d.receiver, d.partner_id, d.schema_version, "
            + "d.crn, d.reason, d.state, d.attempts, d.last_error, d.created_at, d.expires_at, d.last_attempt_at, "
            + "d.completed_at, d.ack_status, d.ack_at, d.replay_of FROM delivery d";

    private final JdbcTemplate jdbc;

    public Tracking(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What to look for; every field optional.
     *
     * @param crn the case
     * @param controlReference the sender's or the receiver's control reference
     * @param party a sender or receiver party code, of the interchange or any delivery
     * @param type the body type
     * @param state a delivery state some delivery of the interchange is in
     * @param from received at or after
     * @param to received before
     */
    public record Criteria(String crn, String controlReference, String party, String type, DeliveryState state,
            Instant from, Instant to) {
    }

    /** A page of interchanges, newest first, each with its deliveries. */
    public List<Map<String, Object>> interchanges(Criteria criteria, int page, int size) {
        StringBuilder sql = new StringBuilder(INTERCHANGE).append(" WHERE 1 = 1");
        List<Object> arguments = new ArrayList<>();
        where(sql, arguments, criteria.crn(), " AND i.crn = ?");
        if (criteria.controlReference() != null) {
            sql.append(" AND (i.sender_control_ref = ? OR i.receiver_control_ref = ?)");
            arguments.add(criteria.controlReference());
            arguments.add(criteria.controlReference());
        }
        if (criteria.party() != null) {
            sql.append(" AND (i.sender = ? OR i.receiver = ? OR EXISTS (SELECT 1 FROM delivery p "
                    + "WHERE p.interchange_id = i.id AND p.receiver = ?))");
            arguments.add(criteria.party());
            arguments.add(criteria.party());
            arguments.add(criteria.party());
        }
        where(sql, arguments, criteria.type(), " AND i.body_type = ?");
        if (criteria.state() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM delivery s WHERE s.interchange_id = i.id AND s.state = ?)");
            arguments.add(criteria.state().name());
        }
        where(sql, arguments, timestamp(criteria.from()), " AND i.received_at >= ?");
        where(sql, arguments, timestamp(criteria.to()), " AND i.received_at < ?");
        sql.append(" ORDER BY i.received_at DESC, i.id DESC LIMIT ? OFFSET ?");
        arguments.add(size);
        arguments.add((long) page * size);
        List<Map<String, Object>> found = this.jdbc.query(sql.toString(), Tracking::interchange, arguments.toArray());
        for (Map<String, Object> interchange : found) {
            interchange.put("deliveries", deliveries((String) interchange.get("id")));
        }
        return found;
    }

    /** One interchange with its deliveries, if it exists. */
    public Optional<Map<String, Object>> interchange(String id) {
        List<Map<String, Object>> found = this.jdbc.query(INTERCHANGE + " WHERE i.id = ?", Tracking::interchange, id);
        found.forEach((interchange) -> interchange.put("deliveries", deliveries(id)));
        return found.stream().findFirst();
    }

    /** Dead letters, most recent first, of one partner or of all. */
    public List<Map<String, Object>> deadLetters(String partnerId, Instant from, Instant to, int page, int size) {
        StringBuilder sql = new StringBuilder(DELIVERY);
        List<Object> arguments = deadLetterFilter(sql, partnerId, from, to);
        sql.append(" ORDER BY d.completed_at DESC, d.id DESC LIMIT ? OFFSET ?");
        arguments.add(size);
        arguments.add((long) page * size);
        return this.jdbc.query(sql.toString(), Tracking::delivery, arguments.toArray());
    }

    /**
     * The ids of dead letters of one partner or of all, completed in the range, oldest
     * first.
     */
    public List<String> deadLetterIds(String partnerId, Instant from, Instant to, int limit) {
        StringBuilder sql = new StringBuilder("SELECT d.id FROM delivery d");
        List<Object> arguments = deadLetterFilter(sql, partnerId, from, to);
        sql.append(" ORDER BY d.completed_at, d.id LIMIT ?");
        arguments.add(limit);
        return this.jdbc.queryForList(sql.toString(), String.class, arguments.toArray());
    }

    /**
     * Appends the dead-letter filter (partner, completed in [from, to)) to a delivery
     * query; its arguments.
     */
    private static List<Object> deadLetterFilter(StringBuilder sql, String partnerId, Instant from, Instant to) {
        sql.append(" WHERE d.state = ?");
        List<Object> arguments = new ArrayList<>(List.of(DeliveryState.DEAD_LETTERED.name()));
        where(sql, arguments, partnerId, " AND d.partner_id = ?");
        where(sql, arguments, timestamp(from), " AND d.completed_at >= ?");
        where(sql, arguments, timestamp(to), " AND d.completed_at < ?");
        return arguments;
    }

    /**
     * Per partner: deliveries waiting (pending or in an inbox), the oldest waiting one's
     * creation, and dead letters.
     */
    public Map<String, Map<String, Object>> queues() {
        Map<String, Map<String, Object>> queues = new LinkedHashMap<>();
        this.jdbc.query("SELECT partner_id, state, COUNT(*), MIN(created_at) FROM delivery WHERE state IN (?, ?, ?) "
                + "GROUP BY partner_id, state ORDER BY partner_id", (rs) -> {
                    Map<String, Object> queue = queues.computeIfAbsent(rs.getString(1),
                            (id) -> new LinkedHashMap<>(Map.of("pending", 0L, "inInbox", 0L, "deadLettered", 0L)));
                    DeliveryState state = DeliveryState.valueOf(rs.getString(2));
                    String key = switch (state) {
                        case PENDING -> "pending";
                        case IN_INBOX -> "inInbox";
                        default -> "deadLettered";
                    };
                    queue.put(key, rs.getLong(3));
                    if (state != DeliveryState.DEAD_LETTERED) {
                        Instant oldest = instant(rs, 4);
                        Instant known = (Instant) queue.get("oldestWaiting");
                        if (known == null || oldest.isBefore(known)) {
                            queue.put("oldestWaiting", oldest);
                        }
                    }
                }, DeliveryState.PENDING.name(), DeliveryState.IN_INBOX.name(), DeliveryState.DEAD_LETTERED.name());
        return queues;
    }

    private List<Map<String, Object>> deliveries(String interchangeId) {
        return this.jdbc.query(DELIVERY + " WHERE d.interchange_id = ? ORDER BY d.created_at, d.id", Tracking::delivery,
                interchangeId);
    }

    private static void where(StringBuilder sql, List<Object> arguments, Object value, String clause) {
        if (value != null) {
            sql.append(clause);
            arguments.add(value);
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return (instant == null) ? null : Timestamp.from(instant);
    }

    private static Map<String, Object> interchange(ResultSet rs, int row) throws SQLException {
        Map<String, Object> interchange = new LinkedHashMap<>();
        interchange.put("id", rs.getString("id"));
        interchange.put("origin", rs.getString("origin"));
        interchange.put("sender", rs.getString("sender"));
        interchange.put("senderControlReference", rs.getString("sender_control_ref"));
        interchange.put("receiver", rs.getString("receiver"));
        interchange.put("receiverControlReference", rs.getString("receiver_control_ref"));
        interchange.put("schemaVersion", rs.getString("schema_version"));
        interchange.put("messageType", rs.getString("body_type"));
        interchange.put("messageCount", rs.getInt("message_count"));
        interchange.put("crn", rs.getString("crn"));
        interchange.put("receivedAt", instant(rs, "received_at"));
        interchange.put("replyCode", rs.getString("reply_code"));
        interchange.put("payloadSha256", rs.getString("payload_sha256"));
        interchange.put("payloadPurgedAt", instant(rs, "payload_purged_at"));
        return interchange;
    }

    private static Map<String, Object> delivery(ResultSet rs, int row) throws SQLException {
        Map<String, Object> delivery = new LinkedHashMap<>();
        delivery.put("id", rs.getString("id"));
        delivery.put("interchangeId", rs.getString("interchange_id"));
        delivery.put("receiver", rs.getString("receiver"));
        delivery.put("partner", rs.getString("partner_id"));
        delivery.put("schemaVersion", rs.getString("schema_version"));
        delivery.put("crn", rs.getString("crn"));
        delivery.put("reason", rs.getString("reason"));
        delivery.put("state", rs.getString("state"));
        delivery.put("attempts", rs.getInt("attempts"));
        delivery.put("lastCode", rs.getString("last_error"));
        delivery.put("createdAt", instant(rs, "created_at"));
        delivery.put("expiresAt", instant(rs, "expires_at"));
        delivery.put("lastAttemptAt", instant(rs, "last_attempt_at"));
        delivery.put("completedAt", instant(rs, "completed_at"));
        delivery.put("acknowledgement", rs.getString("ack_status"));
        delivery.put("acknowledgedAt", instant(rs, "ack_at"));
        delivery.put("replayOf", rs.getString("replay_of"));
        return delivery;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return instant(rs, rs.findColumn(column));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return (value == null) ? null : value.toInstant();
    }

}
