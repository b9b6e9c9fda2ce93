package uk.gov.justice.ppg.gateway.inbound;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.gov.justice.ppg.gateway.audit.AuditEvent;
import uk.gov.justice.ppg.gateway.audit.AuditRecord;
import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.audit.Purpose;
import uk.gov.justice.ppg.gateway.security.Digests;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;
import uk.gov.justice.ppg.routes.inbound.InboundContext;
import uk.gov.justice.ppg.routes.inbound.InboundPorts;
import uk.gov.justice.ppg.routes.inbound.SoapReplies;
import uk.gov.justice.ppg.routes.inbound.SoapReply;
import uk.gov.justice.ppg.routes.inbound.VerifiedSigner;

/**
 * Audits a refused request with everything the gateway had proved about it by then, and
 * answers the generic fault. Fields that only validation makes trustworthy (parties,
 * case, references) are recorded only once the interchange passed its schema; until then
 * the record names the TLS subject and the hash of what arrived.
 */
final class InboundRejection implements InboundPorts.Rejection {

    private static final Logger LOG = LoggerFactory.getLogger(InboundRejection.class);

    private final AuditTrail audit;

    InboundRejection(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public SoapReply reject(InboundContext context, GatewayException failure) {
        AuditRecord.Builder record = AuditRecord.builder(AuditEvent.INTERCHANGE_REJECTED, AuditRecord.Outcome.REJECTED)
            .reason(failure.code().code(), failure.detail())
            .ids(context.messageId(), null, null)
            .certificateSubject(subject(context))
            .signatureProfile(context.signer().map(VerifiedSigner::signatureProfile).orElse(null));
        if (context.request() != null) {
            record.payloadSha256(Digests.sha256Hex(context.request()));
        }
        context.interchange().ifPresent((view) -> record.about(view).purpose(Purpose.SECURITY));
        try {
            this.audit.append(record);
        }
        catch (GatewayException ex) {
            LOG.error("rejection {} of message {} could not be audited", failure.code().code(), context.messageId());
        }
        if (failure.code().fault() == GatewayErrorCode.Fault.SENDER) {
            LOG.info("message {} refused with {}", context.messageId(), failure.code().code());
        }
        else {
            LOG.error("message {} refused with {}: {}", context.messageId(), failure.code().code(), causes(failure));
        }
        return SoapReplies.fault(context.soapVersion(), failure.code(), context.messageId());
    }

    /** Exception types only: messages of driver and broker exceptions can quote data. */
    private static String causes(Throwable failure) {
        StringBuilder chain = new StringBuilder();
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            chain.append((chain.length() > 0) ? " < " : "").append(cause.getClass().getName());
        }
        return chain.toString();
    }

    private static String subject(InboundContext context) {
        return context.signer()
            .map(VerifiedSigner::subject)
            .or(() -> context.tlsCertificate().map((cert) -> cert.getSubjectX500Principal().getName()))
            .orElse(null);
    }

}
