package uk.gov.justice.ppg.gateway.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Per-partner delivery kill switches, kept in the database so every node obeys them and
 * they survive restarts. Each node reads them every few seconds; a switch set on this
 * node takes effect here at once.
 */
class KillSwitches {

    private final JdbcTemplate jdbc;

    private final Clock clock;

    private final Map<String, Boolean> off = new ConcurrentHashMap<>();

    KillSwitches(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean isOff(String partnerId) {
        return this.off.getOrDefault(partnerId, false);
    }

    public Map<String, Boolean> states() {
        return Map.copyOf(this.off);
    }

    /**
     * Sets a partner's switch, inside the caller's transaction (which also audits the
     * change).
     */
    public void set(String partnerId, boolean switchedOff, String by) {
        int updated = this.jdbc.update(
                "UPDATE partner_switch SET switched_off = ?, changed_at = ?, changed_by = ? " + "WHERE partner_id = ?",
                switchedOff, Timestamp.from(this.clock.instant()), by, partnerId);
        if (updated == 0) {
            this.jdbc.update("INSERT INTO partner_switch (partner_id, switched_off, changed_at, changed_by) "
                    + "VALUES (?, ?, ?, ?)", partnerId, switchedOff, Timestamp.from(this.clock.instant()), by);
        }
        this.off.put(partnerId, switchedOff);
    }

    /**
     * Re-reads every switch; keeps the last known state if the database cannot be read.
     */
    public void refresh() {
        try {
            this.jdbc.query("SELECT partner_id, switched_off FROM partner_switch", (rs) -> {
                this.off.put(rs.getString(1), rs.getBoolean(2));
            });
        }
        catch (DataAccessException ex) {
            // the last known switches stay in force until the database answers again
        }
    }

}
