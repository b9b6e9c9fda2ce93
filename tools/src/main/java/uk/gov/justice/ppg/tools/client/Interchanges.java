package uk.gov.justice.ppg.tools.client;

import static uk.gov.justice.ppg.schemas.SpgNamespaces.SPG;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

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

}
