package uk.gov.justice.ppg.gateway.support;

import static uk.gov.justice.ppg.schemas.SpgNamespaces.SPG;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.engine.WSSConfig;
import org.apache.wss4j.dom.engine.WSSecurityEngine;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.handler.WSHandlerResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import uk.gov.justice.ppg.schemas.xml.Dom;
import uk.gov.justice.ppg.schemas.xml.SecureXml;

/**
 * What a stub partner received: the SOAP envelope, its interchange, and who signed it
 * (checked with WSS4J).
 */
public final class Received {

    static {
        WSSConfig.init();
    }

    private final Document envelope;

    private Received(Document envelope) {
        this.envelope = envelope;
    }

    public static Received of(LoggedRequest request) {
        try {
            return new Received(SecureXml.parse(request.getBodyAsString().getBytes(StandardCharsets.UTF_8)));
        }
        catch (Exception ex) {
            throw new IllegalStateException("partner received something that is not XML", ex);
        }
    }

    public Element interchange() {
        Element envelope = this.envelope.getDocumentElement();
        Element body = Dom.child(envelope, envelope.getNamespaceURI(), "Body").orElseThrow();
        return Dom.children(body).get(0);
    }

    public String header(String name) {
        return Dom.childText(Dom.child(interchange(), SPG, "SPGInterchangeHeader").orElseThrow(), SPG, name)
            .orElse(null);
    }

    public String trailer(String name) {
        return Dom.childText(Dom.child(interchange(), SPG, "SPGInterchangeTrailer").orElseThrow(), SPG, name)
            .orElse(null);
    }

    public String text(String name) {
        return Dom.descendant(interchange(), SPG, name).map(Element::getTextContent).orElse(null);
    }

    public boolean has(String name) {
        return Dom.descendant(interchange(), SPG, name).isPresent();
    }

    /**
     * Verifies the WS-Security signature against the example trust store; returns the
     * signer's subject.
     */
    public String verifiedSigner() {
        try {
            Merlin crypto = new Merlin();
            crypto.setTrustStore(TestPki.layout().load(TestPki.layout().trustStore()));
            RequestData data = new RequestData();
            data.setSigVerCrypto(crypto);
            data.setWssConfig(WSSConfig.getNewInstance());
            data.setSubjectCertConstraints(List.of(Pattern.compile(".*")));
            WSHandlerResult result = new WSSecurityEngine().processSecurityHeader(this.envelope, data);
            WSSecurityEngineResult signature = result.getActionResults().get(WSConstants.SIGN).get(0);
            return ((X509Certificate) signature.get(WSSecurityEngineResult.TAG_X509_CERTIFICATE))
                .getSubjectX500Principal()
                .getName();
        }
        catch (Exception ex) {
            throw new IllegalStateException("signature does not verify", ex);
        }
    }

}
