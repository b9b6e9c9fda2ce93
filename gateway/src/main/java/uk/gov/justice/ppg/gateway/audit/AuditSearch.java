package uk.gov.justice.ppg.gateway.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.justice.ppg.schemas.SpgValues;

/**
 * Finds audit records by case, control reference, party, time range and outcome, newest
 * first.
 */
public class AuditSearch {

    private static final int MAX = 1000;

    private final JdbcTemplate jdbc;

    public AuditSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What to look for; every criterion left null matches everything.
     *
     * @param crn case reference number
     * @param controlReference a sender or receiver control reference
     * @param party a party code, as sender or receiver
     * @param from earliest recording time
     * @param to latest recording time
     * @param outcome e.g. ACCEPTED, REJECTED, DELIVERED, DEAD_LETTERED
     * @param limit most records returned (at most 1000)
     */
    public record Criteria(String crn, String controlReference, String party, Instant from, Instant to, String outcome,
            Integer limit) {

        private static final Pattern PARTY = Pattern.compile("[A-Z0-9]{2,8}");

        /**
         * Refuses criteria that could not match a record, so that nothing but identifiers
         * reaches the audit record of the search.
         */
        public Criteria {
            require("crn", crn, SpgValues.CRN);
            require("controlReference", controlReference, SpgValues.CONTROL_REFERENCE);
            require("party", party, PARTY);
            if (outcome != null
                    && Arrays.stream(AuditRecord.Outcome.values()).noneMatch((known) -> known.name().equals(outcome))) {
                throw new IllegalArgumentException(
                        "outcome must be one of " + Arrays.toString(AuditRecord.Outcome.values()));
            }
        }

        private static void require(String name, String value, Pattern pattern) {
            if (value != null && !pattern.matcher(value).matches()) {
                throw new IllegalArgumentException(name + " must match " + pattern.pattern());
            }
        }

        /** The criteria given, as the audit record of the search states them. */
        public String describe() {
            StringBuilder text = new StringBuilder();
            append(text, "crn", this.crn);
            append(text, "controlReference", this.controlReference);
            append(text, "party", this.party);
            append(text, "from", this.from);
            append(text, "to", this.to);
            append(text, "outcome", this.outcome);
            return text.toString();
        }

        private static void append(StringBuilder text, String name, Object value) {
            if (value != null) {
                text.append(name).append('=').append(value).append(' ');
            }
        }

    }

    public List<Map<String, Object>> search(Criteria criteria) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_record WHERE 1 = 1");
        List<Object> arguments = new ArrayList<>();
        if (criteria.crn() != null) {
            sql.append(" AND crn = ?");
            arguments.add(criteria.crn());
        }
        if (criteria.controlReference() != null) {
            sql.append(" AND (sender_control_ref = ? OR receiver_control_ref = ?)");
            arguments.add(criteria.controlReference());
            arguments.add(criteria.controlReference());
        }
        if (criteria.party() != null) {
            sql.append(" AND (sender = ? OR receiver = ?)");
            arguments.add(criteria.party());
            arguments.add(criteria.party());
        }
        if (criteria.from() != null) {
            sql.append(" AND recorded_at >= ?");
            arguments.add(Timestamp.from(criteria.from()));
        }
        if (criteria.to() != null) {
            sql.append(" AND recorded_at <= ?");
            arguments.add(Timestamp.from(criteria.to()));
        }
        if (criteria.outcome() != null) {
            sql.append(" AND outcome = ?");
            arguments.add(criteria.outcome());
        }
        int limit = (criteria.limit() == null) ? 200 : Math.min(Math.max(1, criteria.limit()), MAX);
        sql.append(" ORDER BY recorded_at DESC, id DESC FETCH FIRST ").append(limit).append(" ROWS ONLY");
        return this.jdbc.queryForList(sql.toString(), arguments.toArray());
    }

    /**
     * An interchange's lifecycle as the log tells it, oldest first: each event with its
     * outcome, code, delivery, node and time (no other field).
     */
    public List<Map<String, Object>> lifecycle(String interchangeId) {
        return this.jdbc.queryForList("SELECT recorded_at, event, outcome, reason_code, delivery_id, receiver, node_id "
                + "FROM audit_record WHERE interchange_id = ? ORDER BY id", interchangeId);
    }

}
