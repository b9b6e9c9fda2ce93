package uk.gov.justice.ppg.gateway.accept;

import static uk.gov.justice.ppg.schemas.SpgNamespaces.SPG;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.w3c.dom.Element;

import uk.gov.justice.ppg.gateway.audit.AuditEvent;
import uk.gov.justice.ppg.gateway.audit.AuditRecord;
import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.checks.CheckLedger;
import uk.gov.justice.ppg.gateway.checks.CheckMessages;
import uk.gov.justice.ppg.gateway.routing.CaseRegister;
import uk.gov.justice.ppg.gateway.routing.PlannedDelivery;
import uk.gov.justice.ppg.gateway.routing.RoutingPlan;
import uk.gov.justice.ppg.gateway.store.DeliveryQueue;
import uk.gov.justice.ppg.gateway.store.DeliveryStore;
import uk.gov.justice.ppg.gateway.store.InterchangeStore;
import uk.gov.justice.ppg.gateway.store.QueuedDelivery;
import uk.gov.justice.ppg.gateway.store.SealedPayload;
import uk.gov.justice.ppg.gateway.store.StoredInterchange;
import uk.gov.justice.ppg.schemas.MessageBody;
import uk.gov.justice.ppg.schemas.envelope.InterchangeView;
import uk.gov.justice.ppg.schemas.xml.Dom;

/**
 * Everything accepting one interchange writes, inside one database transaction: the
 * interchange, the change of case responsibility, each delivery and its routing (and
 * mediation) audit, the check ledger's changes (a request opened, withdrawn or answered;
 * open checks told of the case's new owner), the match of a partner's own ISN, and the
 * queue messages, which commit with it.
 */
class AcceptedInterchangeWriter {

    /** Room to begin with for an agency's interchange: its JSON is at most 64 KiB. */
    private static final int AGENCY_PAYLOAD_BYTES = 16384;

    private final InterchangeStore store;

    private final CaseRegister register;

    private final DeliveryStore deliveries;

    private final DeliveryQueue queue;

    private final AuditTrail audit;

    private final Clock clock;

    private final Duration deliveryExpiry;

    private final CheckLedger checks;

    AcceptedInterchangeWriter(InterchangeStore store, CaseRegister register, DeliveryStore deliveries,
            DeliveryQueue queue, AuditTrail audit, Clock clock, Duration deliveryExpiry, CheckLedger checks) {
        this.checks = checks;
        this.store = store;
        this.register = register;
        this.deliveries = deliveries;
        this.queue = queue;
        this.audit = audit;
        this.clock = clock;
        this.deliveryExpiry = deliveryExpiry;
    }

    /** Seals an agency's interchange, written from its JSON, for {@link #write}. */
    SealedPayload seal(String id, SealedPayload.Writer payload) {
        return this.store.seal(id, AGENCY_PAYLOAD_BYTES, payload);
    }

    /**
     * Writes it all; the ids of the notices the gateway issued with it (the check
     * ledger's) are added to {@code issued} as they are written, so that a caller whose
     * broker did not commit can have them queued by the recovery sweep.
     */
    void write(StoredInterchange interchange, RoutingPlan plan, List<QueuedDelivery> queued, String messageId,
            Element element, List<String> issued) {
        Instant now = this.clock.instant();
        this.store.insert(interchange);
        AuditRecord.Builder accepted = describe(interchange, AuditEvent.INTERCHANGE_ACCEPTED,
                AuditRecord.Outcome.ACCEPTED)
            .ids(messageId, interchange.id(), null);
        if (interchange.token() != null) {
            accepted.reason(StoredInterchange.TOKEN_PROFILE, interchange.token());
        }
        this.audit.append(accepted);
        if (plan.change().isPresent()) {
            issued.addAll(this.checks.responsibilityChanging(plan.change().get(), interchange.id(), now));
            this.register.apply(plan.change().get(), interchange.id(), now);
            this.audit.append(describe(interchange, AuditEvent.CASE_RESPONSIBILITY_CHANGED, AuditRecord.Outcome.CHANGED)
                .ids(messageId, interchange.id(), null)
                .reason(plan.change().get().kind().name(), "responsible: " + plan.change().get().provider()));
        }
        for (QueuedDelivery delivery : queued) {
            PlannedDelivery planned = delivery.planned();
            this.deliveries.insert(delivery, now, now.plus(this.deliveryExpiry));
            this.audit.append(describe(interchange, AuditEvent.DELIVERY_ROUTED, AuditRecord.Outcome.ROUTED)
                .ids(messageId, interchange.id(), delivery.id())
                .parties(interchange.view().sender(), planned.receiver())
                .reason(planned.reason().name(), "to partner " + planned.partnerId()));
            if (!planned.dropped().isEmpty()) {
                this.audit.append(describe(interchange, AuditEvent.VERSION_MEDIATED, AuditRecord.Outcome.MEDIATED)
                    .ids(messageId, interchange.id(), delivery.id())
                    .parties(interchange.view().sender(), planned.receiver())
                    .reason("DROP", "to " + planned.schemaVersion().wireName() + " without "
                            + String.join(", ", planned.dropped())));
            }
            this.queue.enqueue(delivery);
        }
        if (interchange.view().bodies().stream().anyMatch(CheckMessages::isCheck)) {
            this.checks.accepted(interchange.view(), element, interchange.id(), now);
        }
        if (interchange.view().bodies().contains(MessageBody.INTERCHANGE_STATUS_NOTIFICATION)) {
            matchAcknowledgement(interchange, messageId, element, now);
        }
    }

    /**
     * A partner's own ISN: record it on the delivery it acknowledges, and audit whether
     * one matched.
     */
    private void matchAcknowledgement(StoredInterchange interchange, String messageId, Element element, Instant now) {
        InterchangeView view = interchange.view();
        String status = Dom.descendant(element, SPG, "StatusCode").map(Element::getTextContent).orElse("").trim();
        String acknowledged = view.header().receiverControlReference().orElse("");
        int matched = this.deliveries.recordAcknowledgement(view.sender(), view.receiver(), acknowledged, status, now);
        AuditEvent event = (matched > 0) ? AuditEvent.STATUS_NOTIFICATION_MATCHED
                : AuditEvent.STATUS_NOTIFICATION_UNMATCHED;
        this.audit.append(describe(interchange, event,
                (matched > 0) ? AuditRecord.Outcome.MATCHED : AuditRecord.Outcome.UNMATCHED)
            .ids(messageId, interchange.id(), null)
            .reason(status, "acknowledges " + view.receiver() + " reference " + acknowledged));
    }

    /**
     * The description every record of an accepted interchange starts from: what it is,
     * who signed it (or, for an agency's, its partner and bound token), its TLS client
     * and its hash.
     */
    static AuditRecord.Builder describe(StoredInterchange interchange, AuditEvent event, AuditRecord.Outcome outcome) {
        AuditRecord.Builder record = AuditRecord.builder(event, outcome).about(interchange.view());
        if (interchange.signer() != null) {
            record.signedBy(interchange.signer());
        }
        else {
            record.signatureProfile(StoredInterchange.TOKEN_PROFILE);
        }
        return record.tlsSubject(interchange.tlsSubject()).payloadSha256(interchange.payloadSha256());
    }

}
