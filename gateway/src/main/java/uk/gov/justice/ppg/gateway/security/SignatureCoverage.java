package uk.gov.justice.ppg.gateway.security;

import java.util.List;

import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.WSDataRef;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.WSHandlerResult;
import org.apache.wss4j.dom.str.STRParser;
import org.w3c.dom.Element;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;

/**
 * The signature-wrapping defence: a valid signature proves only what it references. The
 * SOAP Body the gateway routes, and (per profile) the Timestamp it checked, must be the
 * very nodes the one signature covers.
 */
final class SignatureCoverage {

    private SignatureCoverage() {
    }

    /**
     * What the one signature covered.
     *
     * @param signatureValue the signature value, the key of the replay cache
     * @param timestampSigned whether the Timestamp is among the signed elements
     */
    record Covered(byte[] signatureValue, boolean timestampSigned) {
    }

    /** Checks coverage against the profile. */
    @SuppressWarnings("unchecked")
    static Covered check(WSHandlerResult result, Element body, Element timestamp, SignatureProfile profile)
            throws GatewayException {
        List<WSSecurityEngineResult> signatures = result.getActionResults().getOrDefault(WSConstants.SIGN, List.of());
        if (signatures.size() != 1) {
            throw new GatewayException(GatewayErrorCode.SIGNATURE_COVERAGE,
                    signatures.size() + " signatures processed");
        }
        WSSecurityEngineResult signature = signatures.get(0);
        if (signature.get(WSSecurityEngineResult.TAG_X509_REFERENCE_TYPE) != STRParser.REFERENCE_TYPE.DIRECT_REF) {
            throw new GatewayException(GatewayErrorCode.ALGORITHM_REFUSED,
                    "key reference is not a BST direct reference");
        }
        List<WSDataRef> references = (List<WSDataRef>) signature.get(WSSecurityEngineResult.TAG_DATA_REF_URIS);
        for (WSDataRef reference : references) {
            if (!profile.allowsDigestMethod(reference.getDigestAlgorithm())) {
                throw new GatewayException(GatewayErrorCode.ALGORITHM_REFUSED,
                        "digest method refused by profile " + profile.profileName());
            }
        }
        if (references.stream().noneMatch((reference) -> reference.getProtectedElement() == body)) {
            throw new GatewayException(GatewayErrorCode.SIGNATURE_COVERAGE,
                    "the processed SOAP Body is not the signed one");
        }
        boolean timestampSigned = references.stream()
            .anyMatch((reference) -> reference.getProtectedElement() == timestamp);
        if (profile.timestampMustBeSigned() && !timestampSigned) {
            throw new GatewayException(GatewayErrorCode.SIGNATURE_COVERAGE, "the processed Timestamp is not signed");
        }
        List<WSSecurityEngineResult> timestamps = result.getActionResults().getOrDefault(WSConstants.TS, List.of());
        if (timestamps.size() != 1 || timestamps.get(0).get(WSSecurityEngineResult.TAG_TOKEN_ELEMENT) != timestamp) {
            throw new GatewayException(GatewayErrorCode.SIGNATURE_COVERAGE,
                    "the processed Timestamp is not the checked one");
        }
        return new Covered((byte[]) signature.get(WSSecurityEngineResult.TAG_SIGNATURE_VALUE), timestampSigned);
    }

}
