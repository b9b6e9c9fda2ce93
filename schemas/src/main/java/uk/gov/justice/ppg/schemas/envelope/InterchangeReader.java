package uk.gov.justice.ppg.schemas.envelope;

import static uk.gov.justice.ppg.schemas.SpgNamespaces.SPG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.w3c.dom.Element;

import uk.gov.justice.ppg.schemas.MessageBody;
import uk.gov.justice.ppg.schemas.xml.Dom;

/**
 * Reads an {@link InterchangeView} from an {@code SPGInterchange} element that has passed
 * XSD validation.
 */
public final class InterchangeReader {

    private InterchangeReader() {
    }

    public static InterchangeView read(Element interchange) {
        Element header = required(interchange, "SPGInterchangeHeader");
        Element trailer = required(interchange, "SPGInterchangeTrailer");
        List<InterchangeView.Message> messages = new ArrayList<>();
        for (Element message : Dom.children(interchange, SPG, "SPGMessage")) {
            messages.add(readMessage(message));
        }
        return new InterchangeView(interchange.getAttribute("SchemaVersion"), readHeader(header), List.copyOf(messages),
                readTrailer(trailer));
    }

    private static InterchangeView.Header readHeader(Element header) {
        return new InterchangeView.Header(text(header, "SenderIdentity"), text(header, "ReceiverIdentity"),
                text(header, "SenderControlReference"), receiverControlReference(header),
                text(header, "DateOfPreparation"), text(header, "TimeOfPreparation"),
                Dom.childText(header, SPG, "TestIndicator").filter((indicator) -> !indicator.isEmpty()));
    }

    private static InterchangeView.Trailer readTrailer(Element trailer) {
        return new InterchangeView.Trailer(text(trailer, "SenderControlReference"), receiverControlReference(trailer),
                Integer.parseInt(text(trailer, "ControlCount")), text(trailer, "SenderIdentity"),
                text(trailer, "ReceiverIdentity"));
    }

    private static InterchangeView.Message readMessage(Element message) {
        Element header = required(message, "SPGMessageHeader");
        Element trailer = required(message, "SPGMessageTrailer");
        Element body = Dom.children(message).get(1);
        MessageBody kind = MessageBody.fromLocalName(body.getLocalName())
            .orElseThrow(() -> new IllegalArgumentException("not a catalogue body: " + body.getLocalName()));
        Optional<String> crn = Dom.descendant(body, SPG, "CaseReferenceNumber")
            .map((element) -> element.getTextContent().trim());
        return new InterchangeView.Message(text(header, "MessageType"), text(header, "MessageVersionNumber"),
                Integer.parseInt(text(header, "MessageReferenceNumber")),
                Integer.parseInt(text(trailer, "MessageReferenceNumber")), kind, crn);
    }

    /**
     * SPG writes the reference empty ({@code <ReceiverControlReference/>}) when there is
     * none.
     */
    private static Optional<String> receiverControlReference(Element part) {
        return Dom.childText(part, SPG, "ReceiverControlReference").filter((reference) -> !reference.isEmpty());
    }

    private static Element required(Element parent, String name) {
        return Dom.child(parent, SPG, name)
            .orElseThrow(() -> new IllegalArgumentException("missing " + name + "; validate before reading"));
    }

    private static String text(Element parent, String name) {
        return Dom.childText(parent, SPG, name)
            .orElseThrow(() -> new IllegalArgumentException("missing " + name + "; validate before reading"));
    }

}
