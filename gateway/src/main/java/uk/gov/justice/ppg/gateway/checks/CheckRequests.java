package uk.gov.justice.ppg.gateway.checks;

import static uk.gov.justice.ppg.schemas.SpgNamespaces.SPG;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Element;

import uk.gov.justice.ppg.schemas.MessageBody;
import uk.gov.justice.ppg.schemas.envelope.InterchangeView;
import uk.gov.justice.ppg.schemas.xml.Dom;

/**
 * The {@code check_request} table: each accepted check request, written in the
 * transaction that accepts it. The first acceptance of a RequestID is the one kept; a
 * later UPD or DEL of it is the check ledger's concern.
 */
public class CheckRequests {

    private static final Set<MessageBody> REQUESTS = Set.of(MessageBody.DOMESTIC_ABUSE_CHECK_REQUEST,
            MessageBody.SAFEGUARDING_CHECK_REQUEST);

    private final JdbcTemplate jdbc;

    public CheckRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether an interchange carries a check request. */
    public static boolean carriesRequest(InterchangeView view) {
        return REQUESTS.contains(view.primaryBody());
    }

    /**
     * Records the check request an accepted interchange carries, in the caller's
     * transaction.
     */
    public void record(InterchangeView view, Element interchange, String interchangeId, Instant at) {
        String requestId = Dom.descendant(interchange, SPG, "RequestID")
            .map(Element::getTextContent)
            .map(String::strip)
            .orElseThrow(() -> new IllegalArgumentException("a schema-valid check request has a RequestID"));
        this.jdbc.update(
                "INSERT INTO check_request (request_id, check_type, crn, requester, agency, interchange_id, "
                        + "requested_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                requestId, view.primaryBody().localName(), view.crn().orElseThrow(), view.sender(), view.receiver(),
                interchangeId, Timestamp.from(at));
    }

    /** The request with this RequestID, if one was accepted. */
    public Optional<CheckRequest> find(String requestId) {
        return this.jdbc
            .query("SELECT request_id, check_type, crn, requester, agency FROM check_request WHERE request_id = ?",
                    (rs, row) -> new CheckRequest(rs.getString(1),
                            MessageBody.fromLocalName(rs.getString(2)).orElseThrow(), rs.getString(3), rs.getString(4),
                            rs.getString(5)),
                    requestId)
            .stream()
            .findFirst();
    }

    /**
     * An accepted check request.
     *
     * @param requestId its RequestID
     * @param body DomesticAbuseCheckRequest or SafeguardingCheckRequest
     * @param crn the case
     * @param requester the party that asked, which the result goes back to
     * @param agency the party asked
     */
    public record CheckRequest(String requestId, MessageBody body, String crn, String requester, String agency) {
    }

}
