package uk.gov.justice.ppg.gateway.security;

import java.security.cert.X509Certificate;
import java.time.Instant;

import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.engine.WSSConfig;
import org.apache.wss4j.dom.engine.WSSecurityEngine;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.handler.WSHandlerResult;
import org.slf4j.MDC;
import org.w3c.dom.Element;

import uk.gov.justice.ppg.gateway.logging.RequestLogContext;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;
import uk.gov.justice.ppg.routes.inbound.InboundContext;
import uk.gov.justice.ppg.routes.inbound.InboundPorts;
import uk.gov.justice.ppg.routes.inbound.VerifiedSigner;
import uk.gov.justice.ppg.schemas.xml.Dom;

/**
 * Inbound WS-Security, in an order that spends no cryptography on what can be refused by
 * reading: the Security header's shape, the signer's partner and profile, the declared
 * algorithms, the Timestamp and the certificate; then WSS4J verifies the signature; then
 * the gateway checks that the elements signed are the Body and Timestamp it actually
 * processes, and that the signature is new.
 */
final class WsSecurityVerifier implements InboundPorts.Security {

    /**
     * The replay-cache expiry of a weak signature: never before its interchange is gone.
     */
    static final Instant KEPT_WITH_THE_INTERCHANGE = Instant.parse("9999-12-31T00:00:00Z");

    static {
        WSSConfig.init();
    }

    private final SigningPartners signers;

    private final CertificatePolicy certificates;

    private final TimestampPolicy timestamps;

    private final ReplayCache replays;

    private final WSSConfig config;

    private final Merlin crypto = new Merlin();

    WsSecurityVerifier(SigningPartners signers, CertificatePolicy certificates, TimestampPolicy timestamps,
            ReplayCache replays) {
        this.signers = signers;
        this.certificates = certificates;
        this.timestamps = timestamps;
        this.replays = replays;
        this.config = WSSConfig.getNewInstance();
        this.config.setValidator(WSConstants.SIGNATURE, new PreValidatedSigner());
    }

    @Override
    public void verify(InboundContext context) throws GatewayException {
        Element body = (Element) context.interchangeElement().getParentNode();
        Element soapHeader = Dom
            .child(context.envelope().getDocumentElement(), context.soapVersion().namespace(), "Header")
            .orElse(null);
        SecurityHeader header = SecurityHeader.read(soapHeader);
        X509Certificate certificate = header.certificate();
        SigningPartners.Signer partner = this.signers.bySigningCertificate(certificate)
            .orElseThrow(() -> new GatewayException(GatewayErrorCode.UNKNOWN_SIGNER,
                    "signing certificate subject not in the directory"));
        SignatureProfile profile = partner.profile();
        checkDeclaredAlgorithms(header, profile);
        Instant created = this.timestamps.check(header.timestamp(), profile);
        this.certificates.check(certificate);
        WSHandlerResult result = process(header, certificate, profile);
        SignatureCoverage.Covered covered = SignatureCoverage.check(result, body, header.timestamp(), profile);
        String digest = Digests.sha256Hex(covered.signatureValue());
        this.replays.check(digest);
        SignatureProfile met = metStrict(header, covered) ? SignatureProfile.STRICT : profile;
        context.signer(new VerifiedSigner(certificate, partner.partnerId(), met.profileName(), met.weak(), digest,
                replayUntil(created, met)));
        MDC.put(RequestLogContext.PARTNER_ID, partner.partnerId());
    }

    /**
     * How long the replay cache keeps the signature. A strict signature covers its
     * Timestamp, so it is worthless once its acceptance window has passed. A weak one
     * does not: the same signature under a fresh Timestamp would pass the time check, so
     * it is kept as long as control-reference deduplication holds, which is as long as
     * the interchange is stored (ADR 0016).
     */
    private Instant replayUntil(Instant created, SignatureProfile met) {
        return met.weak() ? KEPT_WITH_THE_INTERCHANGE : created.plus(this.timestamps.acceptanceWindow(met));
    }

    /**
     * A partner allowed a weak profile that signed strictly anyway is recorded as strict:
     * it has migrated.
     */
    private static boolean metStrict(SecurityHeader header, SignatureCoverage.Covered covered) {
        SignatureProfile strict = SignatureProfile.STRICT;
        return covered.timestampSigned() && strict.allowsSignatureMethod(header.signatureMethod())
                && header.digestMethods().stream().allMatch(strict::allowsDigestMethod);
    }

    private static void checkDeclaredAlgorithms(SecurityHeader header, SignatureProfile profile)
            throws GatewayException {
        if (!SignatureProfile.C14N.equals(header.canonicalizationMethod())) {
            throw new GatewayException(GatewayErrorCode.ALGORITHM_REFUSED, "canonicalisation is not exclusive C14N");
        }
        if (!profile.allowsSignatureMethod(header.signatureMethod())) {
            throw new GatewayException(GatewayErrorCode.ALGORITHM_REFUSED,
                    "signature method refused by profile " + profile.profileName());
        }
        for (String digest : header.digestMethods()) {
            if (!profile.allowsDigestMethod(digest)) {
                throw new GatewayException(GatewayErrorCode.ALGORITHM_REFUSED,
                        "digest method refused by profile " + profile.profileName());
            }
        }
        for (String transform : header.transforms()) {
            if (!SignatureProfile.C14N.equals(transform)) {
                throw new GatewayException(GatewayErrorCode.ALGORITHM_REFUSED,
                        "reference transform is not exclusive C14N");
            }
        }
    }

    private WSHandlerResult process(SecurityHeader header, X509Certificate certificate, SignatureProfile profile)
            throws GatewayException {
        RequestData data = new RequestData();
        data.setWssConfig(this.config);
        data.setSigVerCrypto(this.crypto);
        data.setAlgorithmSuite(profile.algorithmSuite());
        data.setTimeStampTTL((int) this.timestamps.ttl(profile).toSeconds());
        data.setTimeStampFutureTTL((int) this.timestamps.futureSkew().toSeconds());
        data.setMsgContext(certificate);
        try {
            WSSecurityEngine engine = new WSSecurityEngine();
            engine.setWssConfig(this.config);
            return engine.processSecurityHeader(header.security(), data);
        }
        catch (WSSecurityException ex) {
            throw new GatewayException(GatewayErrorCode.SIGNATURE_INVALID,
                    "WS-Security processing failed: " + ex.getErrorCode(), ex);
        }
    }

}
