package uk.gov.justice.ppg.gateway.delivery;

import static uk.gov.justice.ppg.schemas.SpgNamespaces.SPG;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import uk.gov.justice.ppg.gateway.security.OutboundSigner;
import uk.gov.justice.ppg.gateway.store.PendingDelivery;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;
import uk.gov.justice.ppg.schemas.mediation.VersionMediation;
import uk.gov.justice.ppg.schemas.xml.Dom;
import uk.gov.justice.ppg.schemas.xml.SecureXml;
import uk.gov.justice.ppg.schemas.xml.Serialized;
import uk.gov.justice.ppg.schemas.xml.SoapEnvelopes;
import uk.gov.justice.ppg.schemas.xml.XmlRejectedException;

/**
 * Renders a delivery as its receiver gets it: the stored interchange in the receiver's
 * schema version, addressed to the receiver (a fan-out copy names its actual receiver),
 * in a SOAP 1.2 envelope signed by the gateway. The sender's identity and control
 * reference stay as sent, so the receiver can deduplicate a retried delivery.
 */
final class OutboundRenderer {

    /**
     * Room for the Security header, the envelope and the readdressing, beyond the stored
     * payload.
     */
    private static final int ENVELOPE_BYTES = 8192;

    private volatile OutboundSigner signer;

    OutboundRenderer(OutboundSigner signer) {
        this.signer = signer;
    }

    /** Signs from now on with a replaced signing key. */
    void use(OutboundSigner replacement) {
        this.signer = replacement;
    }

    /**
     * Renders {@code delivery}, whose stored payload comes in {@code payload}, letting go
     * of the payload once it is parsed.
     */
    Serialized render(PendingDelivery delivery, PayloadHandover payload) throws GatewayException {
        byte[] stored = payload.take();
        int storedBytes = stored.length;
        Element interchange = parse(stored).getDocumentElement();
        stored = null;
        if (delivery.version() != delivery.interchange().version()) {
            VersionMediation.Outcome outcome = VersionMediation.rewrite(interchange, delivery.version());
            if (outcome.refused()) {
                throw new GatewayException(GatewayErrorCode.MEDIATION_REFUSED,
                        "cannot carry " + String.join(", ", outcome.refusedFor()));
            }
        }
        if (!delivery.receiver().equals(delivery.interchange().receiver())) {
            readdress(interchange, delivery.receiver());
        }
        Document envelope = SoapEnvelopes.adopt(interchange, true);
        return SecureXml.serialize(this.signer.sign(envelope), storedBytes + ENVELOPE_BYTES);
    }

    /**
     * Wraps and signs any interchange the gateway sends (deliveries, notifications,
     * pings).
     */
    public byte[] sign(Element interchange) {
        Document envelope = SoapEnvelopes.wrap(interchange, true);
        return SecureXml.serialize(this.signer.sign(envelope));
    }

    private static void readdress(Element interchange, String receiver) {
        for (String part : new String[] { "SPGInterchangeHeader", "SPGInterchangeTrailer" }) {
            Dom.child(interchange, SPG, part)
                .flatMap((element) -> Dom.child(element, SPG, "ReceiverIdentity"))
                .ifPresent((element) -> element.setTextContent(receiver));
        }
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
