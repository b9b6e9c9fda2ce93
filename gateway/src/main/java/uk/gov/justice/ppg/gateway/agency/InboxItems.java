package uk.gov.justice.ppg.gateway.agency;

import static uk.gov.justice.ppg.schemas.SpgNamespaces.SPG;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import uk.gov.justice.ppg.gateway.delivery.AgencyItems;
import uk.gov.justice.ppg.gateway.store.InterchangeStore;
import uk.gov.justice.ppg.gateway.store.PendingDelivery;
import uk.gov.justice.ppg.schemas.MessageBody;
import uk.gov.justice.ppg.schemas.xml.Dom;
import uk.gov.justice.ppg.schemas.xml.SecureXml;
import uk.gov.justice.ppg.schemas.xml.XmlRejectedException;

/**
 * A delivery as the JSON item an agency gets: its id (the delivery's), the SPG body's
 * name, who sent it, the case and the sender's control reference; then for a check
 * request or result the body as JSON ({@link SpgToJson}), and for a status notification
 * its status, reason and the message it answers (trackable at
 * {@code /api/v1/messages/{id}} when it was the agency's own). Other bodies carry no
 * {@code body}.
 */
final class InboxItems implements AgencyItems {

    static final ObjectMapper JSON = new ObjectMapper();

    private final SpgToJson checks = new SpgToJson();

    private final InterchangeStore interchanges;

    InboxItems(InterchangeStore interchanges) {
        this.interchanges = interchanges;
    }

    @Override
    public byte[] render(PendingDelivery delivery) {
        try {
            return JSON.writeValueAsBytes(item(delivery));
        }
        catch (JsonProcessingException ex) {
            throw new IllegalStateException("an inbox item did not serialise", ex);
        }
    }

    ObjectNode item(PendingDelivery delivery) {
        PendingDelivery.Interchange interchange = delivery.interchange();
        Document document = parse(interchange.payload());
        ObjectNode item = JSON.createObjectNode()
            .put("id", delivery.id())
            .put("type", interchange.body().localName())
            .put("from", interchange.sender())
            .put("controlReference", interchange.senderControlReference());
        if (interchange.crn() != null) {
            item.put("crn", interchange.crn());
        }
        if (interchange.body() == MessageBody.INTERCHANGE_STATUS_NOTIFICATION) {
            item.set("body", statusNotification(document.getDocumentElement(), delivery.receiver()));
        }
        else {
            this.checks.body(document).ifPresent((body) -> item.set("body", body));
        }
        return item;
    }

    private ObjectNode statusNotification(Element interchange, String agency) {
        ObjectNode body = JSON.createObjectNode()
            .put("status", Dom.descendant(interchange, SPG, "StatusCode").map(Element::getTextContent).orElse(""));
        Dom.descendant(interchange, SPG, "StatusReason")
            .ifPresent((reason) -> body.put("reason", reason.getTextContent()));
        Dom.descendant(interchange, SPG, "ReceiverControlReference").ifPresent((reference) -> {
            ObjectNode answers = body.putObject("answers").put("controlReference", reference.getTextContent());
            this.interchanges.sentId(agency, reference.getTextContent())
                .ifPresent((id) -> answers.put("message", "/api/v1/messages/" + id));
        });
        return body;
    }

    private static Document parse(byte[] payload) {
        try {
            return SecureXml.parse(payload);
        }
        catch (XmlRejectedException ex) {
            throw new IllegalStateException("a stored interchange no longer parses", ex);
        }
    }

}
