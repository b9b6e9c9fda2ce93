package uk.gov.justice.ppg.gateway.delivery;

import java.util.List;
import java.util.Optional;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.schemas.SoapVersion;
import uk.gov.justice.ppg.schemas.SpgNamespaces;
import uk.gov.justice.ppg.schemas.xml.Dom;
import uk.gov.justice.ppg.schemas.xml.SecureXml;
import uk.gov.justice.ppg.schemas.xml.XmlGuard;
import uk.gov.justice.ppg.schemas.xml.XmlLimits;
import uk.gov.justice.ppg.schemas.xml.XmlRejectedException;

/**
 * Classifies a receiver's synchronous reply. Delivered means HTTP 200 carrying a SOAP
 * envelope whose Body is a schema-valid {@code SPGInterchangeResponse} with type 200;
 * nothing else is marked delivered. A 4xx (but 408, 425 and 429) or a SOAP Sender/Client
 * fault is a refusal; everything else (5xx, malformed or empty replies) leaves the
 * outcome unknown, so the delivery is retried with the same control reference for the
 * receiver to deduplicate.
 */
final class ReplyClassifier {

    private static final XmlGuard GUARD = new XmlGuard(new XmlLimits(256 * 1024, 32, 2000, 32, 16_384));

    private static final List<Integer> RETRYABLE_4XX = List.of(408, 425, 429);

    private ReplyClassifier() {
    }

    static AttemptOutcome classify(int status, byte[] body) {
        if (status >= 400 && status < 500 && !RETRYABLE_4XX.contains(status)) {
            return AttemptOutcome.refused("HTTP " + status);
        }
        Document reply = parse(body);
        if (reply != null && senderFault(reply)) {
            return AttemptOutcome.refused("HTTP " + status + " SOAP sender fault");
        }
        if (status != 200) {
            return AttemptOutcome.retry(GatewayErrorCode.RECEIVER_REPLY_INVALID, "HTTP " + status);
        }
        if (reply == null || !accepted(reply)) {
            return AttemptOutcome.retry(GatewayErrorCode.RECEIVER_REPLY_INVALID,
                    "HTTP 200 without a valid SPGInterchangeResponse 200");
        }
        return AttemptOutcome.delivered();
    }

    /**
     * Exactly {@code <SPGInterchangeResponse><SPGInterchangeResponseType>200</...></...>}
     * in the SPG namespace.
     */
    private static boolean accepted(Document reply) {
        return body(reply).filter((payload) -> Dom.is(payload, SpgNamespaces.SPG, "SPGInterchangeResponse"))
            .map(Dom::children)
            .filter((children) -> children.size() == 1
                    && Dom.is(children.get(0), SpgNamespaces.SPG, "SPGInterchangeResponseType")
                    && "200".equals(children.get(0).getTextContent().trim()))
            .isPresent();
    }

    /**
     * SOAP 1.2 {@code Code/Value} ends in Sender; SOAP 1.1 {@code faultcode} ends in
     * Client.
     */
    private static boolean senderFault(Document reply) {
        String ns = reply.getDocumentElement().getNamespaceURI();
        return body(reply).filter((payload) -> Dom.is(payload, ns, "Fault"))
            .flatMap((fault) -> Dom.child(fault, ns, "Code")
                .flatMap((code) -> Dom.childText(code, ns, "Value"))
                .or(() -> Dom.childText(fault, "", "faultcode")))
            .map((code) -> code.endsWith(":Sender") || code.endsWith(":Client"))
            .orElse(false);
    }

    private static Optional<Element> body(Document reply) {
        Element envelope = reply.getDocumentElement();
        return SoapVersion.forNamespace(envelope.getNamespaceURI())
            .flatMap((version) -> Dom.child(envelope, version.namespace(), "Body"))
            .map(Dom::children)
            .filter((children) -> children.size() == 1)
            .map((children) -> children.get(0));
    }

    private static Document parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            GUARD.inspect(body);
            return SecureXml.parse(body);
        }
        catch (XmlRejectedException ex) {
            return null;
        }
    }

}
