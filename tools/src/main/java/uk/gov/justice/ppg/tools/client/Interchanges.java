package uk.gov.justice.ppg.tools.client;

import static uk.gov.justice.ppg.schemas.SpgNamespaces.SPG;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import uk.gov.justice.ppg.schemas.xml.Dom;

/**
 * Small edits a test partner makes to an interchange before sending it: header fields,
 * control reference.
 */
public final class Interchanges {

    private Interchanges() {
    }

    /** Sets SenderControlReference in header and trailer alike. */
    public static void setControlReference(Document interchange, String reference) {
        set(interchange, "SPGInterchangeHeader", "SenderControlReference", reference);
        set(interchange, "SPGInterchangeTrailer", "SenderControlReference", reference);
    }

    public static String controlReference(Document interchange) {
        return get(interchange, "SPGInterchangeHeader", "SenderControlReference");
    }

    public static String get(Document interchange, String part, String name) {
        Element parent = Dom.child(interchange.getDocumentElement(), SPG, part).orElseThrow();
        return Dom.childText(parent, SPG, name).orElseThrow();
    }

    /**
     * Replaces the text of the {@code name} child of the interchange's {@code part}
     * (header or trailer).
     */
    public static void set(Document interchange, String part, String name, String value) {
        Element parent = Dom.child(interchange.getDocumentElement(), SPG, part).orElseThrow();
        Dom.child(parent, SPG, name).orElseThrow().setTextContent(value);
    }

    /**
     * Sets a party ({@code SenderIdentity} or {@code ReceiverIdentity}) in the header and
     * the trailer alike, as the envelope rules require.
     */
    public static void setParty(Document interchange, String name, String value) {
        set(interchange, "SPGInterchangeHeader", name, value);
        set(interchange, "SPGInterchangeTrailer", name, value);
    }

    /**
     * Sets the case of every body part (a consolidated transfer names it in each of its
     * parts).
     */
    public static void setCrn(Document interchange, String crn) {
        NodeList found = interchange.getDocumentElement().getElementsByTagNameNS(SPG, "CaseReferenceNumber");
        for (int i = 0; i < found.getLength(); i++) {
            found.item(i).setTextContent(crn);
        }
    }

    /**
     * Replaces the text of the first descendant named {@code name} anywhere in the
     * interchange.
     */
    public static void setDescendantText(Document interchange, String name, String value) {
        Dom.descendant(interchange.getDocumentElement(), SPG, name).orElseThrow().setTextContent(value);
    }

    /** The local name of the first message's body, e.g. {@code Contact}. */
    public static String body(Document interchange) {
        Element message = Dom.child(interchange.getDocumentElement(), SPG, "SPGMessage").orElseThrow();
        return Dom.children(message)
            .stream()
            .map(Element::getLocalName)
            .filter((name) -> !name.startsWith("SPGMessage"))
            .findFirst()
            .orElseThrow();
    }

}
