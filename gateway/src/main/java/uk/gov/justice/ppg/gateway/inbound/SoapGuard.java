package uk.gov.justice.ppg.gateway.inbound;

import java.util.List;

import org.apache.wss4j.dom.WSConstants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;
import uk.gov.justice.ppg.routes.inbound.InboundContext;
import uk.gov.justice.ppg.routes.inbound.InboundPorts;
import uk.gov.justice.ppg.schemas.SoapVersion;
import uk.gov.justice.ppg.schemas.xml.Dom;
import uk.gov.justice.ppg.schemas.xml.SecureXml;
import uk.gov.justice.ppg.schemas.xml.XmlGuard;
import uk.gov.justice.ppg.schemas.xml.XmlRejectedException;

/**
 * Streams the request through {@link XmlGuard} first; only a document within every limit
 * is parsed into a DOM. The envelope must then be exactly SOAP: one Envelope holding an
 * optional Header and one Body, the Body holding one element, and no header other than
 * WS-Security demanding to be understood.
 */
final class SoapGuard implements InboundPorts.Guard {

    private final XmlGuard guard;

    SoapGuard(XmlGuard guard) {
        this.guard = guard;
    }

    @Override
    public void inspect(InboundContext context) throws GatewayException {
        Document document = parse(context.request());
        context.releaseRequest();
        Element envelope = document.getDocumentElement();
        SoapVersion version = SoapVersion.forNamespace(envelope.getNamespaceURI())
            .filter((v) -> "Envelope".equals(envelope.getLocalName()))
            .orElseThrow(
                    () -> new GatewayException(GatewayErrorCode.NOT_SOAP, "root is not a SOAP 1.1 or 1.2 Envelope"));
        if (!version.carriedBy(context.contentType().orElse(null))) {
            throw new GatewayException(GatewayErrorCode.SOAP_CONTENT_TYPE_MISMATCH,
                    version.name() + " envelope not sent as its binding's media type");
        }
        String ns = version.namespace();
        List<Element> parts = Dom.children(envelope);
        requireNoText(envelope);
        boolean headerFirst = !parts.isEmpty() && Dom.is(parts.get(0), ns, "Header");
        int expected = headerFirst ? 2 : 1;
        if (parts.size() != expected || !Dom.is(parts.get(expected - 1), ns, "Body")) {
            throw new GatewayException(GatewayErrorCode.NOT_SOAP,
                    "Envelope must hold an optional Header and exactly one Body");
        }
        if (headerFirst) {
            checkMustUnderstand(parts.get(0), ns);
        }
        Element body = parts.get(expected - 1);
        requireNoText(body);
        List<Element> payload = Dom.children(body);
        if (payload.size() != 1) {
            throw new GatewayException(GatewayErrorCode.NOT_SOAP, "Body must hold exactly one element");
        }
        context.envelope(version, document, payload.get(0));
    }

    private Document parse(byte[] request) throws GatewayException {
        try {
            this.guard.inspect(request);
            return SecureXml.parse(request);
        }
        catch (XmlRejectedException ex) {
            throw switch (ex.reason()) {
                case TOO_LARGE -> new GatewayException(GatewayErrorCode.MESSAGE_TOO_LARGE, ex.getMessage());
                case DTD_FORBIDDEN -> new GatewayException(GatewayErrorCode.XML_DTD_FORBIDDEN, ex.getMessage());
                case TOO_DEEP, TOO_MANY_ELEMENTS, TOO_MANY_ATTRIBUTES, TEXT_TOO_LONG ->
                    new GatewayException(GatewayErrorCode.XML_LIMIT_EXCEEDED, ex.getMessage());
                case PROCESSING_INSTRUCTION_FORBIDDEN, MALFORMED ->
                    new GatewayException(GatewayErrorCode.XML_MALFORMED, ex.getMessage());
            };
        }
    }

    /**
     * Only WS-Security may demand to be understood: the gateway understands nothing else.
     */
    private static void checkMustUnderstand(Element header, String ns) throws GatewayException {
        for (Element block : Dom.children(header)) {
            String flag = block.getAttributeNS(ns, "mustUnderstand");
            boolean mustUnderstand = "1".equals(flag) || "true".equals(flag);
            if (mustUnderstand && !Dom.is(block, WSConstants.WSSE_NS, WSConstants.WSSE_LN)) {
                throw new GatewayException(GatewayErrorCode.NOT_SOAP,
                        "a header the gateway does not understand is mandatory");
            }
        }
    }

    private static void requireNoText(Element element) throws GatewayException {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE && !node.getNodeValue().isBlank()) {
                throw new GatewayException(GatewayErrorCode.NOT_SOAP, "text content where SOAP allows only elements");
            }
        }
    }

}
