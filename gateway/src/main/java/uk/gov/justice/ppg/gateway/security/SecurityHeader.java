package uk.gov.justice.ppg.gateway.security;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.apache.wss4j.dom.WSConstants;
import org.w3c.dom.Element;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;
import uk.gov.justice.ppg.schemas.xml.Dom;

/**
 * A read of the single {@code wsse:Security} header before any cryptography: its
 * Timestamp, its one Signature, the algorithms that Signature declares, and the
 * certificate its key reference points at. Shapes that only signature-wrapping needs (two
 * Security headers, two Signatures, two Timestamps) are refused here.
 *
 * @param security the {@code wsse:Security} element
 * @param timestamp its {@code wsu:Timestamp}
 * @param signature its {@code ds:Signature}
 * @param certificate the certificate in the BinarySecurityToken the signature references
 * directly
 */
record SecurityHeader(Element security, Element timestamp, Element signature, X509Certificate certificate) {

    private static final String X509_V3 = WSConstants.X509TOKEN_NS + "#X509v3";

    static SecurityHeader read(Element soapHeader) throws GatewayException {
        if (soapHeader == null) {
            throw new GatewayException(GatewayErrorCode.SIGNATURE_MISSING, "no SOAP header");
        }
        List<Element> securities = Dom.children(soapHeader, WSConstants.WSSE_NS, WSConstants.WSSE_LN);
        if (securities.isEmpty()) {
            throw new GatewayException(GatewayErrorCode.SIGNATURE_MISSING, "no wsse:Security header");
        }
        if (securities.size() > 1) {
            throw new GatewayException(GatewayErrorCode.SIGNATURE_COVERAGE, "more than one wsse:Security header");
        }
        Element security = securities.get(0);
        Element signature = single(security, WSConstants.SIG_NS, WSConstants.SIG_LN, true);
        Element timestamp = single(security, WSConstants.WSU_NS, WSConstants.TIMESTAMP_TOKEN_LN, false);
        return new SecurityHeader(security, timestamp, signature, referencedCertificate(security, signature));
    }

    private static Element single(Element security, String ns, String name, boolean isSignature)
            throws GatewayException {
        List<Element> found = Dom.children(security, ns, name);
        if (found.size() > 1) {
            throw new GatewayException(GatewayErrorCode.SIGNATURE_COVERAGE,
                    "more than one " + name + " in the Security header");
        }
        if (found.isEmpty()) {
            throw isSignature ? new GatewayException(GatewayErrorCode.SIGNATURE_MISSING, "no ds:Signature")
                    : new GatewayException(GatewayErrorCode.TIMESTAMP_MISSING, "no wsu:Timestamp");
        }
        return found.get(0);
    }

    /**
     * Algorithm URIs the signature declares, in the order: c14n, signature method, then
     * per reference.
     */
    List<String> digestMethods() {
        List<String> digests = new ArrayList<>();
        for (Element reference : Dom.children(signedInfo(), WSConstants.SIG_NS, "Reference")) {
            digests.add(Dom.child(reference, WSConstants.SIG_NS, "DigestMethod")
                .map((method) -> method.getAttributeNS(null, "Algorithm"))
                .orElse(""));
        }
        return digests;
    }

    List<String> transforms() {
        List<String> transforms = new ArrayList<>();
        for (Element reference : Dom.children(signedInfo(), WSConstants.SIG_NS, "Reference")) {
            Dom.child(reference, WSConstants.SIG_NS, "Transforms")
                .ifPresent((list) -> Dom.children(list, WSConstants.SIG_NS, "Transform")
                    .forEach((transform) -> transforms.add(transform.getAttributeNS(null, "Algorithm"))));
        }
        return transforms;
    }

    String signatureMethod() {
        return algorithmOf("SignatureMethod");
    }

    String canonicalizationMethod() {
        return algorithmOf("CanonicalizationMethod");
    }

    private String algorithmOf(String name) {
        return Dom.child(signedInfo(), WSConstants.SIG_NS, name)
            .map((method) -> method.getAttributeNS(null, "Algorithm"))
            .orElse("");
    }

    private Element signedInfo() {
        return Dom.child(this.signature, WSConstants.SIG_NS, "SignedInfo").orElse(this.signature);
    }

    /**
     * Only a BinarySecurityToken in this header, referenced directly by Id, may carry the
     * signing key.
     */
    private static X509Certificate referencedCertificate(Element security, Element signature) throws GatewayException {
        String uri = Optional.of(signature)
            .flatMap((sig) -> Dom.child(sig, WSConstants.SIG_NS, "KeyInfo"))
            .flatMap((keyInfo) -> Dom.child(keyInfo, WSConstants.WSSE_NS, "SecurityTokenReference"))
            .flatMap((str) -> Dom.child(str, WSConstants.WSSE_NS, "Reference"))
            .map((reference) -> reference.getAttributeNS(null, "URI"))
            .filter((value) -> value.startsWith("#") && value.length() > 1)
            .orElseThrow(() -> new GatewayException(GatewayErrorCode.ALGORITHM_REFUSED,
                    "key reference is not a BST direct reference"));
        List<Element> tokens = Dom.children(security, WSConstants.WSSE_NS, WSConstants.BINARY_TOKEN_LN)
            .stream()
            .filter((token) -> uri.substring(1).equals(token.getAttributeNS(WSConstants.WSU_NS, "Id")))
            .toList();
        if (tokens.size() != 1) {
            throw new GatewayException(GatewayErrorCode.SIGNATURE_COVERAGE,
                    "key reference resolves to " + tokens.size() + " tokens");
        }
        Element token = tokens.get(0);
        if (!X509_V3.equals(token.getAttributeNS(null, "ValueType"))) {
            throw new GatewayException(GatewayErrorCode.ALGORITHM_REFUSED,
                    "security token is not an X.509 v3 certificate");
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(token.getTextContent().trim());
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(der));
        }
        catch (CertificateException | IllegalArgumentException ex) {
            throw new GatewayException(GatewayErrorCode.SIGNATURE_MISSING,
                    "security token does not hold a certificate");
        }
    }

}
