package uk.gov.justice.ppg.gateway.support;

import static uk.gov.justice.ppg.schemas.SpgNamespaces.SPG;

import org.apache.wss4j.dom.WSConstants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import uk.gov.justice.ppg.schemas.xml.Dom;

/**
 * Edits a signed SOAP envelope the way attackers do: change signed content, or move the
 * signed Body aside and put a forged one where the gateway reads it (signature wrapping).
 */
public final class Tamper {

    private Tamper() {
    }

    /** Changes the first CaseReferenceNumber in the signed Body. */
    public static Document changeBody(Document signed) {
        Dom.descendant(signed.getDocumentElement(), SPG, "CaseReferenceNumber").orElseThrow().setTextContent("Z999999");
        return signed;
    }

    /**
     * Moves the signed Body into a wrapper in the Header and puts a forged Body (no Id)
     * in its place.
     */
    public static Document wrapBodyUnsignedForgery(Document signed) {
        Element forged = forgedBody(signed);
        forged.removeAttributeNS(WSConstants.WSU_NS, "Id");
        return forged.getOwnerDocument();
    }

    /** As above, but the forged Body carries the same wsu:Id as the signed one. */
    public static Document wrapBodyDuplicateId(Document signed) {
        return forgedBody(signed).getOwnerDocument();
    }

    /** As above, but the forged Body carries a new wsu:Id of its own. */
    public static Document wrapBodyNewId(Document signed) {
        Element forged = forgedBody(signed);
        forged.setAttributeNS(WSConstants.WSU_NS, "wsu:Id", "id-forged-body");
        return forged.getOwnerDocument();
    }

    /** Drops the Timestamp from the Security header after signing. */
    public static Document removeTimestamp(Document signed) {
        Element security = security(signed);
        Element timestamp = Dom.child(security, WSConstants.WSU_NS, "Timestamp").orElseThrow();
        security.removeChild(timestamp);
        return signed;
    }

    /** Adds a second Security header, as for another actor. */
    public static Document secondSecurityHeader(Document signed) {
        Element security = security(signed);
        security.getParentNode().appendChild(security.cloneNode(true));
        return signed;
    }

    private static Element forgedBody(Document signed) {
        Element envelope = signed.getDocumentElement();
        String ns = envelope.getNamespaceURI();
        Element header = Dom.child(envelope, ns, "Header").orElseThrow();
        Element body = Dom.child(envelope, ns, "Body").orElseThrow();
        Element forged = (Element) body.cloneNode(true);
        Dom.descendant(forged, SPG, "CaseReferenceNumber").orElseThrow().setTextContent("Z999999");
        Element wrapper = signed.createElementNS("urn:example:attacker", "x:Wrapper");
        envelope.replaceChild(forged, body);
        wrapper.appendChild(body);
        header.appendChild(wrapper);
        return forged;
    }

    private static Element security(Document signed) {
        Element envelope = signed.getDocumentElement();
        Element header = Dom.child(envelope, envelope.getNamespaceURI(), "Header").orElseThrow();
        return Dom.child(header, WSConstants.WSSE_NS, "Security").orElseThrow();
    }

}
