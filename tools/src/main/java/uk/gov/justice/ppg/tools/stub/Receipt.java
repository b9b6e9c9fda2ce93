package uk.gov.justice.ppg.tools.stub;

import static uk.gov.justice.ppg.schemas.SpgNamespaces.SPG;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.engine.WSSConfig;
import org.apache.wss4j.dom.engine.WSSecurityEngine;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.RequestData;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.schemas.xml.Dom;
import uk.gov.justice.ppg.schemas.xml.SecureXml;

/**
 * What a stub partner received: the interchange's addressing, its body, and who signed
 * it.
 *
 * @param at the stub that received it
 * @param sender SenderIdentity
 * @param receiver ReceiverIdentity
 * @param controlReference SenderControlReference
 * @param acknowledges ReceiverControlReference (on notifications), or empty
 * @param body the first message's body
 * @param status the StatusCode of a notification, or empty
 * @param signer subject of the verified signing certificate, or why verification failed
 * @param duplicate whether this (sender, control reference) was received before
 */
public record Receipt(ExampleParty at, String sender, String receiver, String controlReference,
        Optional<String> acknowledges, String body, Optional<String> status, String signer, boolean duplicate) {

    static {
        WSSConfig.init();
    }

    static Receipt read(ExampleParty at, byte[] soap, Merlin trust) {
        try {
            Document envelope = SecureXml.parse(soap);
            Element root = envelope.getDocumentElement();
            Element interchange = Dom.children(Dom.child(root, root.getNamespaceURI(), "Body").orElseThrow()).get(0);
            Element header = Dom.child(interchange, SPG, "SPGInterchangeHeader").orElseThrow();
            Element message = Dom.child(interchange, SPG, "SPGMessage").orElseThrow();
            return new Receipt(at, text(header, "SenderIdentity"), text(header, "ReceiverIdentity"),
                    text(header, "SenderControlReference"), Dom.childText(header, SPG, "ReceiverControlReference"),
                    Dom.children(message).get(1).getLocalName(),
                    Dom.descendant(interchange, SPG, "StatusCode").map(Element::getTextContent),
                    signer(envelope, trust), false);
        }
        catch (Exception ex) {
            return new Receipt(at, "?", "?", "?", Optional.empty(), "unreadable", Optional.empty(),
                    ex.getClass().getSimpleName(), false);
        }
    }

    /**
     * Only the addressing, found by pattern: for load tests, where parsing would cost the
     * gateway CPU.
     */
    static Receipt skim(ExampleParty at, byte[] soap) {
        String text = new String(soap, StandardCharsets.UTF_8);
        return new Receipt(at, find(text, "SenderIdentity").orElse("?"), find(text, "ReceiverIdentity").orElse("?"),
                find(text, "SenderControlReference").orElse("?"), find(text, "ReceiverControlReference"),
                text.contains("InterchangeStatusNotification>") ? "InterchangeStatusNotification" : "?",
                find(text, "StatusCode"), "not checked", false);
    }

    private static Optional<String> find(String text, String element) {
        Matcher matcher = Pattern.compile("<(?:\\w+:)?" + element + ">([^<]*)<").matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    Receipt asDuplicate() {
        return new Receipt(this.at, this.sender, this.receiver, this.controlReference, this.acknowledges, this.body,
                this.status, this.signer, true);
    }

    /**
     * Verifies the signature and the signer's chain to the example CAs; returns the
     * signer's subject.
     */
    private static String signer(Document envelope, Merlin trust) {
        try {
            RequestData data = new RequestData();
            data.setSigVerCrypto(trust);
            data.setWssConfig(WSSConfig.getNewInstance());
            data.setSubjectCertConstraints(List.of(Pattern.compile(".*")));
            WSSecurityEngineResult result = new WSSecurityEngine().processSecurityHeader(envelope, data)
                .getActionResults()
                .get(WSConstants.SIGN)
                .get(0);
            return ((X509Certificate) result.get(WSSecurityEngineResult.TAG_X509_CERTIFICATE)).getSubjectX500Principal()
                .getName();
        }
        catch (Exception ex) {
            return "signature not verified: " + ex.getClass().getSimpleName();
        }
    }

    private static String text(Element parent, String name) {
        return Dom.childText(parent, SPG, name).orElse("?");
    }

}
