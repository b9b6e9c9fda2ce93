package uk.gov.justice.ppg.gateway.checks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.justice.ppg.schemas.MessageBody;

/**
 * The {@code check_request} table: the ledger's entries, one per agency and RequestID,
 * with their current state. Only the ledger writes it, in the transaction of the message
 * or sweep that changes an entry; a move is conditional on the state it starts from, so
 * that two nodes never both make it.
 */
public class CheckRequests {

    private static final String COLUMNS = "agency, request_id, check_type, crn, requester, test_indicator, "
            + "interchange_id, requested_at, due_by, state, responsible, answer_interchange_id, outcome, updated_at";

    private final JdbcTemplate jdbc;

    public CheckRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A ledger entry.
     *
     * @param agency the party asked
     * @param requestId its RequestID
     * @param body DomesticAbuseCheckRequest or SafeguardingCheckRequest
     * @param crn the case
     * @param requester the party that asked, which the result goes back to
     * @param test whether it was a test interchange (TestIndicator Y)
     * @param interchangeId the request's interchange
     * @param requestedAt when it was accepted
     * @param dueBy the end of its DueDate in UK time
     * @param state where it stands
     * @param responsible the case's responsible organisation the ledger last recorded
     * @param answerInterchangeId the result that answered it (the latest amendment)
     * @param outcome an answered escalation's ACCEPTED or REFUSED; null for a check
     * @param updatedAt when it last changed
     */
    public record Entry(String agency, String requestId, MessageBody body, String crn, String requester, boolean test,
            String interchangeId, Instant requestedAt, Instant dueBy, CheckState state, String responsible,
            String answerInterchangeId, String outcome, Instant updatedAt) {

        /** DOMESTIC_ABUSE, SAFEGUARDING or RISK_ESCALATION. */
        public String checkType() {
            return CheckMessages.type(this.body);
        }

    }

    /** Opens an entry; false if the agency already has one with this RequestID. */
    boolean insert(Entry entry) {
        return this.jdbc.update(
                "INSERT INTO check_request (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?) ON CONFLICT DO NOTHING",
                entry.agency(), entry.requestId(), entry.body().localName(), entry.crn(), entry.requester(),
                entry.test(), entry.interchangeId(), Timestamp.from(entry.requestedAt()), Timestamp.from(entry.dueBy()),
                entry.state().name(), entry.responsible(), entry.answerInterchangeId(), entry.outcome(),
                Timestamp.from(entry.updatedAt())) == 1;
    }

    /** The entries with this RequestID, to whichever agency. */
    public List<Entry> find(String requestId) {
        return this.jdbc.query("SELECT " + COLUMNS + " FROM check_request WHERE request_id = ?", CheckRequests::entry,
                requestId);
    }

    public Optional<Entry> find(String agency, String requestId) {
        return this.jdbc
            .query("SELECT " + COLUMNS + " FROM check_request WHERE agency = ? AND request_id = ?",
                    CheckRequests::entry, agency, requestId)
            .stream()
            .findFirst();
    }

    /**
     * Moves an entry from {@code from} to {@code to}; false if it was no longer in
     * {@code from} (another message or node moved it first).
     */
    boolean move(Entry entry, CheckState to, String answerInterchangeId, Instant at) {
        return this.jdbc.update(
                "UPDATE check_request SET state = ?, answer_interchange_id = COALESCE(?, answer_interchange_id), "
                        + "updated_at = ? WHERE agency = ? AND request_id = ? AND state = ?",
                to.name(), answerInterchangeId, Timestamp.from(at), entry.agency(), entry.requestId(),
                entry.state().name()) == 1;
    }

    /**
     * Moves an unanswered entry to OVERDUE if its due-by has passed at {@code at}; false
     * if another node, a result or a later due date came first.
     */
    boolean moveOverdue(Entry entry, Instant at) {
        return this.jdbc.update(
                "UPDATE check_request SET state = 'OVERDUE', updated_at = ? WHERE agency = ? AND request_id = ? "
                        + "AND state = ? AND due_by < ?",
                Timestamp.from(at), entry.agency(), entry.requestId(), entry.state().name(), Timestamp.from(at)) == 1;
    }

    /** A new due-by for an open entry (a request sent again as UPD). */
    void reschedule(Entry entry, Instant dueBy, Instant at) {
        this.jdbc.update("UPDATE check_request SET due_by = ?, updated_at = ? WHERE agency = ? AND request_id = ?",
                Timestamp.from(dueBy), Timestamp.from(at), entry.agency(), entry.requestId());
    }

    /** Records how an answered escalation ended. */
    void settle(Entry entry, String outcome) {
        this.jdbc.update("UPDATE check_request SET outcome = ? WHERE agency = ? AND request_id = ?", outcome,
                entry.agency(), entry.requestId());
    }

    /** Records the case's responsible organisation on an entry. */
    void reassign(Entry entry, String provider, Instant at) {
        this.jdbc.update("UPDATE check_request SET responsible = ?, updated_at = ? WHERE agency = ? AND request_id = ?",
                provider, Timestamp.from(at), entry.agency(), entry.requestId());
    }

    /**
     * The entries a request interchange opened for this agency that have not been
     * delivered: REQUESTED, or OVERDUE before they arrived.
     */
    List<Entry> awaitingDelivery(String interchangeId, String agency) {
        return this.jdbc.query("SELECT " + COLUMNS + " FROM check_request WHERE interchange_id = ? AND agency = ? "
                + "AND state IN ('REQUESTED', 'OVERDUE')", CheckRequests::entry, interchangeId, agency);
    }

    /** Unanswered entries whose due-by passed, oldest first. */
    List<Entry> pastDue(Instant now, int limit) {
        return this.jdbc.query("SELECT " + COLUMNS + " FROM check_request WHERE state IN ('REQUESTED', 'DELIVERED') "
                + "AND due_by < ? ORDER BY due_by LIMIT ?", CheckRequests::entry, Timestamp.from(now), limit);
    }

    /** Every entry on a case, oldest first. */
    public List<Entry> onCase(String crn) {
        return this.jdbc.query("SELECT " + COLUMNS + " FROM check_request WHERE crn = ? ORDER BY requested_at",
                CheckRequests::entry, crn);
    }

    /**
     * The entries an organisation is party to: asked of it, asked by it, or on a case it
     * holds now (the case register's reading, read here and never written); in the given
     * states, oldest first.
     */
    public List<Entry> involving(List<String> parties, List<CheckState> states, int limit) {
        String partyList = placeholders(parties.size());
        List<Object> args = new ArrayList<>();
        for (int copy = 0; copy < 3; copy++) {
            args.addAll(parties);
        }
        states.forEach((state) -> args.add(state.name()));
        args.add(limit);
        return this.jdbc.query("SELECT " + COLUMNS + " FROM check_request WHERE (agency IN (" + partyList
                + ") OR requester IN (" + partyList + ") OR crn IN (SELECT crn FROM case_responsibility "
                + "WHERE provider IN (" + partyList + "))) AND state IN (" + placeholders(states.size())
                + ") ORDER BY requested_at LIMIT ?", CheckRequests::entry, args.toArray());
    }

    /**
     * One row per owed-by (the agency, or nDelius for an escalation), responsible
     * organisation and open state: how many entries, and the earliest due-by among them.
     */
    public List<Map<String, Object>> outstanding() {
        return this.jdbc
            .query("SELECT agency, responsible, check_type, state, COUNT(*), MIN(due_by) FROM check_request "
                    + "WHERE state IN (?, ?, ?) GROUP BY agency, responsible, check_type, state "
                    + "ORDER BY agency, responsible, check_type, state", (rs, row) -> {
                        Map<String, Object> group = new LinkedHashMap<>();
                        group.put("owedBy", rs.getString(1));
                        group.put("responsible", rs.getString(2));
                        group.put("checkType", rs.getString(3));
                        group.put("state", rs.getString(4));
                        group.put("count", rs.getLong(5));
                        group.put("earliestDueBy", rs.getTimestamp(6).toInstant());
                        return group;
                    }, CheckState.REQUESTED.name(), CheckState.DELIVERED.name(), CheckState.OVERDUE.name());
    }

    private static String placeholders(int count) {
        return (count == 0) ? "NULL" : String.join(", ", Collections.nCopies(count, "?"));
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getString(1), rs.getString(2), MessageBody.fromLocalName(rs.getString(3)).orElseThrow(),
                rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
                rs.getTimestamp(9).toInstant(), CheckState.valueOf(rs.getString(10)), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getTimestamp(14).toInstant());
    }

}
