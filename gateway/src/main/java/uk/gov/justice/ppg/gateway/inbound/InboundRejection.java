package uk.gov.justice.ppg.gateway.inbound;

import java.security.cert.X509Certificate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.gov.justice.ppg.gateway.audit.AuditEvent;
import uk.gov.justice.ppg.gateway.audit.AuditRecord;
import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.audit.Purpose;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;
import uk.gov.justice.ppg.routes.inbound.InboundContext;
import uk.gov.justice.ppg.routes.inbound.InboundPorts;
import uk.gov.justice.ppg.routes.inbound.SoapReplies;
import uk.gov.justice.ppg.routes.inbound.SoapReply;
import uk.gov.justice.ppg.schemas.MessageBody;
import uk.gov.justice.ppg.schemas.envelope.ClaimedHeader;
import uk.gov.justice.ppg.schemas.envelope.InterchangeView;

/**
 * Audits a refused request with everything the gateway had established about it by then,
 * and answers the generic fault: the TLS subject and its partner (the handshake proved
 * them), the signing subject, partner and profile once the signature verified, and the
 * parties, case and references once the interchange passed validation. Before that, what
 * the header claims is recorded as claimed ({@link ClaimedHeader}). A refusal to route
 * case data is a refused disclosure: recorded with the purpose its body serves.
 */
final class InboundRejection implements InboundPorts.Rejection {

    private static final Logger LOG = LoggerFactory.getLogger(InboundRejection.class);

    private static final Set<GatewayErrorCode> DISCLOSURES_REFUSED = EnumSet.of(GatewayErrorCode.CASE_NOT_HELD,
            GatewayErrorCode.CASE_NOT_SENDERS, GatewayErrorCode.CASE_UNKNOWN);

    private final AuditTrail audit;

    private final Function<X509Certificate, Optional<String>> tlsPartner;

    private final Runnable unrecorded;

    InboundRejection(AuditTrail audit, Function<X509Certificate, Optional<String>> tlsPartner, Runnable unrecorded) {
        this.audit = audit;
        this.tlsPartner = tlsPartner;
        this.unrecorded = unrecorded;
    }

    @Override
    public SoapReply reject(InboundContext context, GatewayException failure) {
        boolean disclosure = DISCLOSURES_REFUSED.contains(failure.code());
        AuditRecord.Builder record = AuditRecord
            .builder(AuditEvent.INTERCHANGE_REJECTED,
                    disclosure ? AuditRecord.Outcome.DISCLOSURE_REFUSED : AuditRecord.Outcome.REJECTED)
            .reason(failure.code().code(), failure.detail())
            .ids(context.messageId(), null, null);
        context.tlsCertificate()
            .ifPresent((tls) -> record.tlsSubject(context.tlsSubject().orElseThrow())
                .partner(this.tlsPartner.apply(tls).orElse(null)));
        context.signer().ifPresent(record::signedBy);
        context.requestSha256().ifPresent(record::payloadSha256);
        if (context.interchange().isPresent()) {
            InterchangeView view = context.interchange().get();
            record.about(view);
            if (!disclosure) {
                record.purpose(Purpose.SECURITY);
            }
        }
        else if (context.interchangeElement() != null) {
            claimed(record, ClaimedHeader.read(context.interchangeElement()));
        }
        try {
            this.audit.append(record);
        }
        catch (RuntimeException ex) {
            this.unrecorded.run();
            LOG.error("rejection {} of message {} could not be audited ({})", failure.code().code(),
                    context.messageId(), ex.getClass().getSimpleName());
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

    private static void claimed(AuditRecord.Builder record, ClaimedHeader header) {
        record.parties(header.sender().orElse(null), header.receiver().orElse(null))
            .message(header.body().map(MessageBody::localName).orElse(null), header.crn().orElse(null),
                    Purpose.SECURITY)
            .controlReferences(header.senderControlReference().orElse(null),
                    header.receiverControlReference().orElse(null))
            .claimed();
    }

}
