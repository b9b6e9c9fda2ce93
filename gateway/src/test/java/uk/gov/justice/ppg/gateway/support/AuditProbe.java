package uk.gov.justice.ppg.gateway.support;

import java.util.List;
import java.util.Map;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads audit records written after a mark, for assertions. */
@TestComponent
public class AuditProbe {

    private final JdbcTemplate jdbc;

    public AuditProbe(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of the newest record now; records after it are "new". */
    public long mark() {
        Long max = this.jdbc.queryForObject("SELECT MAX(id) FROM audit_record", Long.class);
        return (max != null) ? max : 0;
    }

    public List<Map<String, Object>> since(long mark) {
        return this.jdbc.queryForList("SELECT * FROM audit_record WHERE id > ? ORDER BY id", mark);
    }

    /**
     * Records written while handling inbound requests (they carry the request's message
     * id), not by deliveries.
     */
    public List<Map<String, Object>> inboundSince(long mark) {
        return this.jdbc.queryForList("SELECT * FROM audit_record WHERE id > ? AND message_id IS NOT NULL ORDER BY id",
                mark);
    }

    public List<Map<String, Object>> since(long mark, String event) {

        return this.jdbc.queryForList("SELECT * FROM audit_record WHERE id > ? AND event = ? ORDER BY id", mark, event);
    }

}
