package uk.gov.justice.ppg.gateway.agency;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import uk.gov.justice.ppg.schemas.SchemaVersion;
import uk.gov.justice.ppg.schemas.SpgNamespaces;
import uk.gov.justice.ppg.schemas.xml.SecureXml;

/**
 * Writes a check body that arrived as JSON as the {@code SPGInterchange} the rest of the
 * gateway handles: schema version 0-9-14, one message, the envelope's sender, receiver
 * and control reference. The JSON has passed its schema; the caller validates the
 * interchange against the XSD, as for any other.
 */
final class JsonToSpg {

    static final SchemaVersion VERSION = SchemaVersion.V0_9_14;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    Document interchange(CheckBody check, JsonNode json, Envelope envelope) {
        Document document = SecureXml.newDocument();
        Element root = document.createElementNS(SpgNamespaces.SPG, "SPGInterchange");
        root.setAttribute("SchemaDate", VERSION.schemaDate());
        root.setAttribute("SchemaVersion", VERSION.wireName());
        document.appendChild(root);
        Element header = child(root, "SPGInterchangeHeader");
        text(header, "SenderIdentity", envelope.sender());
        text(header, "ReceiverIdentity", envelope.receiver());
        text(header, "SenderControlReference", envelope.controlReference());
        text(header, "DateOfPreparation", envelope.prepared().toLocalDate().toString());
        text(header, "TimeOfPreparation", TIME.format(envelope.prepared()));
        text(header, "ApplicationReference", "SPG");
        Element test = child(header, "TestIndicator");
        if (envelope.test()) {
            test.setTextContent("Y");
        }
        Element message = child(root, "SPGMessage");
        Element messageHeader = child(message, "SPGMessageHeader");
        text(messageHeader, "MessageType", json.path("messageType").asText("INS"));
        text(messageHeader, "MessageVersionNumber", VERSION.wireName());
        text(messageHeader, "MessageReferenceNumber", "1");
        Element details = child(child(message, check.body().localName()), check.details());
        text(child(details, "Offender"), "CaseReferenceNumber", json.path("crn").asText());
        fields(child(details, check.inner()), check.fields(), json, envelope.sender());
        text(child(message, "SPGMessageTrailer"), "MessageReferenceNumber", "1");
        Element trailer = child(root, "SPGInterchangeTrailer");
        text(trailer, "SenderControlReference", envelope.controlReference());
        text(trailer, "ControlCount", "1");
        text(trailer, "SenderIdentity", envelope.sender());
        text(trailer, "ReceiverIdentity", envelope.receiver());
        return document;
    }

    private static void fields(Element parent, List<CheckFields.Field> fields, JsonNode json, String agency) {
        for (CheckFields.Field field : fields) {
            if (field.kind() == CheckFields.Kind.AGENCY) {
                text(parent, field.xml(), agency);
                continue;
            }
            JsonNode value = json.get(field.json());
            if (value == null || value.isNull()) {
                continue;
            }
            switch (field.kind()) {
                case TEXT -> text(parent, field.xml(), value.asText());
                case COUNT -> text(parent, field.xml(), Long.toString(value.asLong()));
                case YES_NO -> text(parent, field.xml(), value.asBoolean() ? "Y" : "N");
                case HELD -> text(parent, field.xml(), CheckFields.heldInSpg(value.asText()));
                case REPEATED -> value.forEach((item) -> text(parent, field.xml(), item.asText()));
                case OBJECT -> fields(child(parent, field.xml()), field.children(), value, agency);
                default -> throw new IllegalStateException(field.kind().name());
            }
        }
    }

    private static Element child(Element parent, String localName) {
        Element child = parent.getOwnerDocument().createElementNS(SpgNamespaces.SPG, localName);
        parent.appendChild(child);
        return child;
    }

    private static void text(Element parent, String localName, String text) {
        child(parent, localName).setTextContent(text);
    }

}
