package uk.gov.justice.ppg.gateway.checks;

import static uk.gov.justice.ppg.schemas.SpgNamespaces.SPG;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.w3c.dom.Element;

import uk.gov.justice.ppg.schemas.MessageBody;
import uk.gov.justice.ppg.schemas.xml.Dom;

/**
 * The check requests and results an interchange carries, read from its schema-valid XML:
 * each message's MessageType, RequestID, case and (for a request) DueDate.
 */
public final class CheckMessages {

    private static final Set<MessageBody> REQUESTS = Set.of(MessageBody.DOMESTIC_ABUSE_CHECK_REQUEST,
            MessageBody.SAFEGUARDING_CHECK_REQUEST);

    private static final Set<MessageBody> RESULTS = Set.of(MessageBody.DOMESTIC_ABUSE_CHECK_RESULT,
            MessageBody.SAFEGUARDING_CHECK_RESULT);

    private static final Set<MessageBody> TRANSFERS = Set.of(MessageBody.CONSOLIDATED_TRANSFER_REQUEST,
            MessageBody.CONSOLIDATED_TRANSFER_RESPONSE);

    /** The ledger's entry type of a risk escalation. */
    public static final String RISK_ESCALATION = "RISK_ESCALATION";

    private CheckMessages() {
    }

    /**
     * One check message.
     *
     * @param body its body
     * @param messageType INS, UPD or DEL
     * @param requestId its RequestID
     * @param crn the case
     * @param dueDate a request's DueDate; empty for a result or a transfer
     * @param codes a transfer request's reason codes, a response's status codes, one per
     * part; empty for a check
     */
    public record CheckMessage(MessageBody body, String messageType, String requestId, String crn,
            Optional<LocalDate> dueDate, List<String> codes) {

        public boolean request() {
            return REQUESTS.contains(this.body);
        }

        /** A ConsolidatedTransferRequest or …Response: a possible risk escalation. */
        public boolean transfer() {
            return TRANSFERS.contains(this.body);
        }

        /** DOMESTIC_ABUSE or SAFEGUARDING. */
        public String checkType() {
            return type(this.body);
        }

    }

    /**
     * Whether a body concerns the ledger: a check request or result, or a transfer
     * request or response (which may be a risk escalation).
     */
    public static boolean isCheck(MessageBody body) {
        return REQUESTS.contains(body) || RESULTS.contains(body) || TRANSFERS.contains(body);
    }

    /**
     * Whether a body may open a ledger entry, so that its delivery may make one
     * DELIVERED: a check request, or a transfer request (which may be a risk escalation).
     */
    public static boolean opensEntry(MessageBody body) {
        return REQUESTS.contains(body) || body == MessageBody.CONSOLIDATED_TRANSFER_REQUEST;
    }

    /** An entry's type: DOMESTIC_ABUSE, SAFEGUARDING or RISK_ESCALATION. */
    public static String type(MessageBody body) {
        return switch (body) {
            case DOMESTIC_ABUSE_CHECK_REQUEST, DOMESTIC_ABUSE_CHECK_RESULT -> "DOMESTIC_ABUSE";
            case SAFEGUARDING_CHECK_REQUEST, SAFEGUARDING_CHECK_RESULT -> "SAFEGUARDING";
            case CONSOLIDATED_TRANSFER_REQUEST, CONSOLIDATED_TRANSFER_RESPONSE -> RISK_ESCALATION;
            default -> throw new IllegalArgumentException(body.localName() + " is not a check");
        };
    }

    /** The check messages of an interchange, in order. */
    public static List<CheckMessage> read(Element interchange) {
        List<CheckMessage> checks = new ArrayList<>();
        for (Element message : Dom.children(interchange, SPG, "SPGMessage")) {
            List<Element> parts = Dom.children(message);
            Optional<MessageBody> body = (parts.size() < 2) ? Optional.empty()
                    : MessageBody.fromLocalName(parts.get(1).getLocalName());
            if (body.isPresent() && isCheck(body.get())) {
                Element element = parts.get(1);
                boolean transfer = TRANSFERS.contains(body.get());
                String suffix = (body.get() == MessageBody.CONSOLIDATED_TRANSFER_REQUEST) ? "TransferReason"
                        : "TransferStatus";
                checks.add(new CheckMessage(body.get(), text(parts.get(0), "MessageType"),
                        text(element, transfer ? "TransferID" : "RequestID"), text(element, "CaseReferenceNumber"),
                        Dom.descendant(element, SPG, "DueDate")
                            .map((due) -> LocalDate.parse(due.getTextContent().strip())),
                        transfer ? codes(element, suffix) : List.of()));
            }
        }
        return checks;
    }

    /** The text of every descendant whose name ends with {@code suffix}, in order. */
    private static List<String> codes(Element parent, String suffix) {
        List<String> codes = new ArrayList<>();
        for (Element child : Dom.children(parent)) {
            if (child.getLocalName().endsWith(suffix)) {
                codes.add(child.getTextContent().strip());
            }
            codes.addAll(codes(child, suffix));
        }
        return codes;
    }

    private static String text(Element parent, String localName) {
        return Dom.descendant(parent, SPG, localName)
            .map(Element::getTextContent)
            .map(String::strip)
            .orElseThrow(() -> new IllegalArgumentException("a schema-valid check message has a " + localName));
    }

}
