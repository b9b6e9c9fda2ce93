package uk.gov.justice.ppg.gateway.partner;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Per-partner kill switches, one for each direction, kept in the database so every node
 * obeys them and they survive restarts. Each node reads them every few seconds; a switch
 * set on this node takes effect here at once.
 */
public class KillSwitches {

    /** Which way a switch stops traffic. */
    public enum Direction {

        /** Deliveries to the partner are held (queued, not lost). */
        DELIVERIES("switched_off"),

        /**
         * The partner's own interchanges are refused (GW-036): it keeps them and retries.
         */
        INTAKE("intake_switched_off");

        private final String column;

        Direction(String column) {
            this.column = column;
        }

    }

    private final JdbcTemplate jdbc;

    private final Clock clock;

    private final Map<String, Boolean> deliveriesOff = new ConcurrentHashMap<>();

    private final Map<String, Boolean> intakeOff = new ConcurrentHashMap<>();

    KillSwitches(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the partner's deliveries are switched off. */
    public boolean isOff(String partnerId) {
        return isOff(partnerId, Direction.DELIVERIES);
    }

    public boolean isOff(String partnerId, Direction direction) {
        return states(direction).getOrDefault(partnerId, false);
    }

    /**
     * Every partner whose switch in this direction was ever set, and whether it is off.
     */
    public Map<String, Boolean> states(Direction direction) {
        return (direction == Direction.DELIVERIES) ? this.deliveriesOff : this.intakeOff;
    }

    /**
     * Sets a partner's switch, inside the caller's transaction (which also audits the
     * change).
     */
    public void set(String partnerId, Direction direction, boolean switchedOff, String by) {
        Timestamp now = Timestamp.from(this.clock.instant());
        int updated = this.jdbc.update("UPDATE partner_switch SET " + direction.column
                + " = ?, changed_at = ?, changed_by = ? WHERE partner_id = ?", switchedOff, now, by, partnerId);
        if (updated == 0) {
            this.jdbc.update(
                    "INSERT INTO partner_switch (partner_id, switched_off, intake_switched_off, changed_at, "
                            + "changed_by) VALUES (?, ?, ?, ?, ?)",
                    partnerId, direction == Direction.DELIVERIES && switchedOff,
                    direction == Direction.INTAKE && switchedOff, now, by);
        }
        states(direction).put(partnerId, switchedOff);
    }

    /**
     * Re-reads every switch; keeps the last known state if the database cannot be read.
     */
    public void refresh() {
        try {
            this.jdbc.query("SELECT partner_id, switched_off, intake_switched_off FROM partner_switch", (rs) -> {
                this.deliveriesOff.put(rs.getString(1), rs.getBoolean(2));
                this.intakeOff.put(rs.getString(1), rs.getBoolean(3));
            });
        }
        catch (DataAccessException ex) {
            // the last known switches stay in force until the database answers again
        }
    }

}
