package uk.gov.justice.ppg.gateway.checks;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code check_history} table: every change of a ledger entry, appended in the
 * transaction that makes it and never changed or deleted.
 */
public class CheckHistory {

    private final JdbcTemplate jdbc;

    public CheckHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What changed an entry. */
    public enum Cause {

        /** The request was accepted. */
        REQUESTED,

        /** The same request came again as INS: recorded, nothing changed. */
        REPEATED,

        /** The request came again as UPD: its due-by may have moved. */
        REQUEST_UPDATED,

        /** The request reached the agency. */
        DELIVERED,

        /** A result matched it. */
        ANSWERED,

        /** A result sent again as UPD amended the answer. */
        AMENDED,

        /** Its due-by passed unanswered. */
        OVERDUE,

        /** The requester withdrew it (DEL). */
        CANCELLED,

        /**
         * The case was allocated (an Event) while it was open: what was not known at
         * allocation.
         */
        AT_ALLOCATION,

        /** The case's responsible organisation changed while it was open. */
        RESPONSIBILITY_CHANGED,

        /** nDelius accepted a risk escalation (a transfer part with status AC). */
        ESCALATION_ACCEPTED,

        /** nDelius refused a risk escalation (status TR). */
        ESCALATION_REFUSED,

        /**
         * A transfer response that neither accepts nor refuses, or comes after the entry
         * closed.
         */
        RESPONDED

    }

    /**
     * One change.
     *
     * @param at when
     * @param cause what caused it
     * @param from the state before (null when it opened)
     * @param to the state after
     * @param interchangeId the interchange that caused it, if one did
     * @param detail a code or identifier, never personal data
     */
    public record Change(Instant at, Cause cause, CheckState from, CheckState to, String interchangeId, String detail) {
    }

    void append(CheckRequests.Entry entry, Change change) {
        this.jdbc.update(
                "INSERT INTO check_history (agency, request_id, at, cause, from_state, to_state, interchange_id, "
                        + "detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                entry.agency(), entry.requestId(), Timestamp.from(change.at()), change.cause().name(),
                (change.from() == null) ? null : change.from().name(), change.to().name(), change.interchangeId(),
                change.detail());
    }

    /** An entry's changes, in order. */
    public List<Change> of(String agency, String requestId) {
        return this.jdbc.query(
                "SELECT at, cause, from_state, to_state, interchange_id, detail FROM check_history "
                        + "WHERE agency = ? AND request_id = ? ORDER BY seq",
                (rs, row) -> new Change(rs.getTimestamp(1).toInstant(), Cause.valueOf(rs.getString(2)),
                        (rs.getString(3) == null) ? null : CheckState.valueOf(rs.getString(3)),
                        CheckState.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)),
                agency, requestId);
    }

}
