package uk.gov.justice.ppg.gateway.checks;

import static uk.gov.justice.ppg.schemas.SpgNamespaces.SPG;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Element;

import uk.gov.justice.ppg.schemas.MessageBody;
import uk.gov.justice.ppg.schemas.envelope.InterchangeView;
import uk.gov.justice.ppg.schemas.xml.Dom;

/**
 * The {@code check_request} table: each accepted check request, by the agency asked and
 * its RequestID, written in the transaction that accepts it. An interchange may carry
 * several; each is recorded. The first acceptance of a RequestID for an agency is the one
 * kept; a later UPD or DEL of it is the check ledger's concern.
 */
public class CheckRequests {

    private static final Logger LOG = LoggerFactory.getLogger(CheckRequests.class);

    private static final Set<MessageBody> REQUESTS = Set.of(MessageBody.DOMESTIC_ABUSE_CHECK_REQUEST,
            MessageBody.SAFEGUARDING_CHECK_REQUEST);

    private final JdbcTemplate jdbc;

    public CheckRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether an interchange carries a check request in any of its messages. */
    public static boolean carriesRequest(InterchangeView view) {
        return view.bodies().stream().anyMatch(REQUESTS::contains);
    }

    /**
     * Records every check request an accepted interchange carries, in the caller's
     * transaction.
     */
    public void record(InterchangeView view, Element interchange, String interchangeId, Instant at) {
        for (Element message : Dom.children(interchange, SPG, "SPGMessage")) {
            List<Element> parts = Dom.children(message);
            Optional<MessageBody> body = (parts.size() < 2) ? Optional.empty()
                    : MessageBody.fromLocalName(parts.get(1).getLocalName());
            if (body.isPresent() && REQUESTS.contains(body.get())) {
                record(view, body.get(), parts.get(1), interchangeId, at);
            }
        }
    }

    private void record(InterchangeView view, MessageBody body, Element request, String interchangeId, Instant at) {
        String requestId = text(request, "RequestID");
        int added = this.jdbc.update(
                "INSERT INTO check_request (agency, request_id, check_type, crn, requester, test_indicator, "
                        + "interchange_id, requested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                view.receiver(), requestId, body.localName(), text(request, "CaseReferenceNumber"), view.sender(),
                view.test(), interchangeId, Timestamp.from(at));
        if (added == 0) {
            LOG.info("check request of interchange {} repeats a RequestID already recorded for {}", interchangeId,
                    view.receiver());
        }
    }

    /** The accepted requests with this RequestID, to whichever agency. */
    public List<CheckRequest> find(String requestId) {
        return this.jdbc.query(
                "SELECT request_id, check_type, crn, requester, agency, test_indicator FROM check_request "
                        + "WHERE request_id = ?",
                (rs, row) -> new CheckRequest(rs.getString(1), MessageBody.fromLocalName(rs.getString(2)).orElseThrow(),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getBoolean(6)),
                requestId);
    }

    private static String text(Element parent, String localName) {
        return Dom.descendant(parent, SPG, localName)
            .map(Element::getTextContent)
            .map(String::strip)
            .orElseThrow(() -> new IllegalArgumentException("a schema-valid check request has a " + localName));
    }

    /**
     * An accepted check request.
     *
     * @param requestId its RequestID
     * @param body DomesticAbuseCheckRequest or SafeguardingCheckRequest
     * @param crn the case
     * @param requester the party that asked, which the result goes back to
     * @param agency the party asked
     * @param test whether it was a test interchange (TestIndicator Y)
     */
    public record CheckRequest(String requestId, MessageBody body, String crn, String requester, String agency,
            boolean test) {
    }

}
