package uk.gov.justice.ppg.schemas.xml;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import uk.gov.justice.ppg.schemas.SpgNamespaces;

/**
 * Builds the SOAP envelope an interchange travels in: an empty Header (for WS-Security)
 * and the Body.
 */
public final class SoapEnvelopes {

    private SoapEnvelopes() {
    }

    /** A new document: a SOAP envelope whose Body holds a copy of {@code payload}. */
    public static Document wrap(Element payload, boolean soap12) {
        String ns = soap12 ? SpgNamespaces.SOAP_12 : SpgNamespaces.SOAP_11;
        Document document = SecureXml.newDocument();
        Element envelope = document.createElementNS(ns, "soap:Envelope");
        document.appendChild(envelope);
        envelope.appendChild(document.createElementNS(ns, "soap:Header"));
        Element body = document.createElementNS(ns, "soap:Body");
        envelope.appendChild(body);
        body.appendChild(document.importNode(payload, true));
        return document;
    }

    /**
     * The SOAP envelope built around {@code payload} in its own document, which it then
     * roots: nothing is copied, so the caller must not need the document as it was.
     */
    public static Document adopt(Element payload, boolean soap12) {
        String ns = soap12 ? SpgNamespaces.SOAP_12 : SpgNamespaces.SOAP_11;
        Document document = payload.getOwnerDocument();
        payload.getParentNode().removeChild(payload);
        Element envelope = document.createElementNS(ns, "soap:Envelope");
        envelope.appendChild(document.createElementNS(ns, "soap:Header"));
        Element body = document.createElementNS(ns, "soap:Body");
        envelope.appendChild(body);
        body.appendChild(payload);
        document.appendChild(envelope);
        return document;
    }

}
