package uk.gov.justice.ppg.gateway.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import uk.gov.justice.ppg.audit.AuditFields;

/**
 * Reads an audit record row as the chain hashes it: its record format, and every field of
 * that format ({@link AuditFields#of}) as text, the time as an ISO-8601 UTC instant. The
 * sealer and the exporter both read this way, so they agree to the byte.
 */
final class AuditRows {

    /** The record columns, prefixed for queries that join {@code audit_record r}. */
    static final String COLUMNS = "r.record_format, "
            + String.join(", ", AuditFields.ORDER.stream().map((column) -> "r." + column).toList());

    private AuditRows() {
    }

    static int format(ResultSet row) throws SQLException {
        return row.getInt("record_format");
    }

    static Map<String, String> fields(ResultSet row) throws SQLException {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String column : AuditFields.of(format(row))) {
            if ("recorded_at".equals(column)) {
                fields.put(column, row.getObject(column, OffsetDateTime.class).toInstant().toString());
            }
            else {
                fields.put(column, row.getString(column));
            }
        }
        return fields;
    }

}
