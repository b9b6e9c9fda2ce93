package uk.gov.justice.ppg.gateway.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code inbox_item} table: what waits in the inbox of each agency on the inbox
 * channel, in the order it entered. An item's id is its delivery's; it leaves the inbox
 * when acknowledged or expired, and the row stays as the record of when.
 */
public class InboxStore {

    private final JdbcTemplate jdbc;

    public InboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Puts a delivery in its partner's inbox, in the caller's transaction. */
    public void enter(String deliveryId, String partnerId, Instant at) {
        this.jdbc.update("INSERT INTO inbox_item (delivery_id, partner_id, entered_at) VALUES (?, ?, ?)", deliveryId,
                partnerId, Timestamp.from(at));
    }

    /**
     * The partner's open items after the cursor {@code afterSeq} (0 for the start), in
     * entry order.
     */
    public List<Entry> open(String partnerId, long afterSeq, int limit) {
        return this.jdbc.query("SELECT delivery_id, seq, entered_at FROM inbox_item WHERE partner_id = ? AND seq > ? "
                + "AND acknowledged_at IS NULL AND expired_at IS NULL ORDER BY seq FETCH FIRST " + limit + " ROWS ONLY",
                (rs, row) -> new Entry(rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), null), partnerId,
                afterSeq);
    }

    /** One of the partner's items, open or not; empty if it has no such item. */
    public Optional<Entry> find(String partnerId, String deliveryId) {
        return this.jdbc.query("SELECT delivery_id, seq, entered_at, acknowledged_at, expired_at FROM inbox_item "
                + "WHERE partner_id = ? AND delivery_id = ?", (rs, row) -> {
                    Timestamp acknowledged = rs.getTimestamp(4);
                    Timestamp expired = rs.getTimestamp(5);
                    Status status = (acknowledged != null) ? Status.ACKNOWLEDGED
                            : (expired != null) ? Status.EXPIRED : Status.OPEN;
                    return new Entry(rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), status);
                }, partnerId, deliveryId)
            .stream()
            .findFirst();
    }

    /** Notes the first listing of an item; false if it was listed before. */
    public boolean firstRead(String deliveryId, Instant at) {
        return this.jdbc.update(
                "UPDATE inbox_item SET first_read_at = ? WHERE delivery_id = ? AND first_read_at IS NULL",
                Timestamp.from(at), deliveryId) == 1;
    }

    /** Takes an open item out as acknowledged; false if it was not open. */
    public boolean acknowledge(String deliveryId, Instant at) {
        return this.jdbc.update("UPDATE inbox_item SET acknowledged_at = ? WHERE delivery_id = ? "
                + "AND acknowledged_at IS NULL AND expired_at IS NULL", Timestamp.from(at), deliveryId) == 1;
    }

    /** Takes an open item out as expired; false if it was not open. */
    public boolean expire(String deliveryId, Instant at) {
        return this.jdbc.update("UPDATE inbox_item SET expired_at = ? WHERE delivery_id = ? "
                + "AND acknowledged_at IS NULL AND expired_at IS NULL", Timestamp.from(at), deliveryId) == 1;
    }

    /** How many items are open in the partner's inbox. */
    public int depth(String partnerId) {
        Integer count = this.jdbc.queryForObject("SELECT COUNT(*) FROM inbox_item WHERE partner_id = ? "
                + "AND acknowledged_at IS NULL AND expired_at IS NULL", Integer.class, partnerId);
        return (count != null) ? count : 0;
    }

    /**
     * An inbox item.
     *
     * @param deliveryId the item's id, its delivery's
     * @param seq its place in the inbox, the listing's cursor
     * @param enteredAt when it entered
     * @param status where it is, when looked up by id (null in a listing of open items)
     */
    public record Entry(String deliveryId, long seq, Instant enteredAt, Status status) {
    }

    /** Whether an item is still in the inbox. */
    public enum Status {

        OPEN, ACKNOWLEDGED, EXPIRED

    }

}
