package uk.gov.justice.ppg.gateway.agency;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import uk.gov.justice.ppg.schemas.MessageBody;
import uk.gov.justice.ppg.schemas.SpgNamespaces;
import uk.gov.justice.ppg.schemas.xml.Dom;

/**
 * Reads the check body of a schema-valid {@code SPGInterchange} as the JSON an agency on
 * the JSON channel receives: {@code checkType}, {@code messageType}, the requester's
 * party code for a request, the CRN, then the body's fields
 * (json/check-request.schema.json and the result schemas). The answering agency named in
 * a result is left out: on the JSON channel it is always the caller. The check ledger's
 * CheckLedgerNotification becomes a notice (docs/agency-api.md).
 */
final class SpgToJson {

    private static final String SPG = SpgNamespaces.SPG;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The check body as JSON, or empty if the interchange carries another body. */
    Optional<ObjectNode> body(Document interchange) {
        Element root = interchange.getDocumentElement();
        Element message = required(root, "SPGMessage");
        List<Element> parts = Dom.children(message);
        Optional<CheckBody> check = parts.size() < 2 ? Optional.empty()
                : MessageBody.fromLocalName(parts.get(1).getLocalName()).flatMap(CheckBody::of);
        if (parts.size() >= 2 && "CheckLedgerNotification".equals(parts.get(1).getLocalName())) {
            return Optional.of(notice(required(parts.get(1), "CheckLedgerNotificationDetails")));
        }
        if (check.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode json = NODES.objectNode();
        json.put("checkType", check.get().type().name());
        json.put("messageType", text(required(message, "SPGMessageHeader"), "MessageType"));
        if (!check.get().isResult()) {
            json.put("requestedBy", text(required(root, "SPGInterchangeHeader"), "SenderIdentity"));
        }
        Element details = required(parts.get(1), check.get().details());
        json.put("crn", text(required(details, "Offender"), "CaseReferenceNumber"));
        fields(json, required(details, check.get().inner()), check.get().fields());
        return Optional.of(json);
    }

    /**
     * The check ledger's notice: {@code notice}, {@code crn}, the {@code checks} it is
     * about, the case's {@code responsibleOrganisation} and its {@code effectiveTime}.
     */
    private static ObjectNode notice(Element details) {
        ObjectNode json = NODES.objectNode();
        json.put("notice", text(details, "Notice"));
        json.put("crn", text(required(details, "Offender"), "CaseReferenceNumber"));
        ArrayNode checks = json.putArray("checks");
        for (Element check : Dom.children(details, SPG, "Check")) {
            checks.addObject()
                .put("checkType", text(check, "CheckType"))
                .put("requestId", text(check, "RequestID"))
                .put("agency", text(check, "Agency"))
                .put("dueDate", text(check, "DueDate"));
        }
        Dom.child(details, SPG, "ResponsibleOrganisation")
            .ifPresent((element) -> json.put("responsibleOrganisation", element.getTextContent()));
        json.put("effectiveTime", text(details, "EffectiveTime"));
        return json;
    }

    private static void fields(ObjectNode json, Element parent, List<CheckFields.Field> fields) {
        for (CheckFields.Field field : fields) {
            List<Element> elements = Dom.children(parent, SPG, field.xml());
            if (elements.isEmpty() || field.kind() == CheckFields.Kind.AGENCY) {
                continue;
            }
            String value = elements.get(0).getTextContent();
            switch (field.kind()) {
                case TEXT -> json.put(field.json(), value);
                case COUNT -> json.put(field.json(), Integer.parseInt(value.strip()));
                case YES_NO -> json.put(field.json(), "Y".equals(value.strip()));
                case HELD -> json.put(field.json(), CheckFields.heldInJson(value.strip()));
                case REPEATED -> {
                    ArrayNode items = json.putArray(field.json());
                    elements.forEach((element) -> items.add(element.getTextContent()));
                }
                case OBJECT -> fields(json.putObject(field.json()), elements.get(0), field.children());
                default -> throw new IllegalStateException(field.kind().name());
            }
        }
    }

    private static Element required(Element parent, String localName) {
        return Dom.child(parent, SPG, localName)
            .orElseThrow(() -> new IllegalArgumentException("no " + localName + " in a schema-valid interchange"));
    }

    private static String text(Element parent, String localName) {
        return required(parent, localName).getTextContent();
    }

}
