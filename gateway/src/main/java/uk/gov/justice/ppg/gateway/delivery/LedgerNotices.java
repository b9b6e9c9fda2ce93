package uk.gov.justice.ppg.gateway.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.w3c.dom.Element;

import uk.gov.justice.ppg.gateway.audit.AuditEvent;
import uk.gov.justice.ppg.gateway.audit.AuditRecord;
import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.audit.Purpose;
import uk.gov.justice.ppg.gateway.checks.CheckNotices;
import uk.gov.justice.ppg.gateway.checks.CheckRequests;
import uk.gov.justice.ppg.gateway.partner.Partner;
import uk.gov.justice.ppg.gateway.partner.PartnerDirectory;
import uk.gov.justice.ppg.gateway.routing.CaseFacts;
import uk.gov.justice.ppg.gateway.routing.CaseRegister;
import uk.gov.justice.ppg.gateway.routing.Responsibility;
import uk.gov.justice.ppg.gateway.store.DeliveryStore;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.schemas.SchemaVersion;
import uk.gov.justice.ppg.schemas.mediation.VersionMediation;

/**
 * Writes the check ledger's CheckLedgerNotification interchanges and issues each like an
 * ISN: an overdue reminder goes to the agency in the requester's name; the overdue notice
 * goes to the requester and the case's responsible CRC in the agency's name; a
 * responsible-organisation change goes to each agency with open checks. A receiver pinned
 * to 0-9-13 cannot carry the body: mediation refuses it, and the notice is withheld from
 * that receiver and audited as such (GW-051). A notice about a test check is a test
 * interchange, withheld from a receiver that takes none (GW-054).
 */
class LedgerNotices implements CheckNotices {

    private final Supplier<PartnerDirectory> directory;

    private final ControlReferences references;

    private final IssuedInterchanges issued;

    private final CaseRegister register;

    private final AuditTrail audit;

    private final DeliveryStore deliveries;

    LedgerNotices(Supplier<PartnerDirectory> directory, ControlReferences references, IssuedInterchanges issued,
            CaseRegister register, AuditTrail audit, DeliveryStore deliveries) {
        this.directory = directory;
        this.references = references;
        this.issued = issued;
        this.register = register;
        this.audit = audit;
        this.deliveries = deliveries;
    }

    @Override
    public List<String> overdue(CheckRequests.Entry entry, Instant at) {
        Optional<String> provider = this.register.find(entry.crn()).map(Responsibility::provider);
        List<CheckRequests.Entry> checks = List.of(entry);
        List<String> issued = new ArrayList<>();
        send(entry.requester(), entry.agency(), "OVERDUE_REMINDER", entry.crn(), checks, provider, at)
            .ifPresent(issued::add);
        send(entry.agency(), entry.requester(), "OVERDUE", entry.crn(), checks, provider, at).ifPresent(issued::add);
        provider.flatMap((code) -> CaseFacts.party(code, this.directory.get()))
            .filter((party) -> !party.equals(entry.requester()) && !party.equals(entry.agency()))
            .flatMap((party) -> send(entry.agency(), party, "OVERDUE", entry.crn(), checks, provider, at))
            .ifPresent(issued::add);
        return issued;
    }

    @Override
    public List<String> responsibilityChanged(String crn, String provider, List<CheckRequests.Entry> open,
            String interchangeId, Instant at) {
        Map<String, List<CheckRequests.Entry>> byAgency = new LinkedHashMap<>();
        for (CheckRequests.Entry entry : open) {
            byAgency.computeIfAbsent(entry.agency(), (agency) -> new ArrayList<>()).add(entry);
        }
        List<String> issued = new ArrayList<>();
        byAgency.forEach((agency, checks) -> send(checks.get(0).requester(), agency, "RESPONSIBILITY_CHANGED", crn,
                checks, Optional.of(provider), at)
            .ifPresent(issued::add));
        return issued;
    }

    @Override
    public void unqueued(List<String> interchangeIds) {
        interchangeIds.forEach(this.deliveries::unqueued);
    }

    /** Issues one notice; empty if it was withheld (audited). */
    private Optional<String> send(String sender, String receiver, String notice, String crn,
            List<CheckRequests.Entry> checks, Optional<String> responsible, Instant at) {
        Optional<Partner> recipient = this.directory.get().byPartyCode(receiver);
        if (recipient.isEmpty()) {
            withheld(sender, receiver, crn, GatewayErrorCode.RECEIVER_NOT_PERMITTED,
                    notice + " withheld: no partner holds the party code");
            return Optional.empty();
        }
        if (checks.stream().anyMatch(CheckRequests.Entry::test) && !recipient.get().acceptsTest()) {
            withheld(sender, receiver, crn, GatewayErrorCode.TEST_NOT_ACCEPTED,
                    notice + " withheld: a test check, and the receiver takes no test interchanges");
            return Optional.empty();
        }
        Element interchange = GatewayMessages.checkLedgerNotification(new GatewayMessages.Addressing(sender, receiver,
                this.references.next(sender), null, SchemaVersion.V0_9_14, at), notice, crn, checks,
                responsible.orElse(null), at);
        if (recipient.get().schemaVersion() != SchemaVersion.V0_9_14
                && VersionMediation.rewrite(interchange, recipient.get().schemaVersion()).refused()) {
            withheld(sender, receiver, crn, GatewayErrorCode.MEDIATION_REFUSED,
                    notice + " withheld: " + recipient.get().schemaVersion().wireName() + " cannot carry it");
            return Optional.empty();
        }
        String requestIds = String.join(" ", checks.stream().map(CheckRequests.Entry::requestId).toList());
        AuditRecord.Builder record = AuditRecord.builder(AuditEvent.CHECK_NOTICE_ISSUED, AuditRecord.Outcome.ISSUED)
            .message("CheckLedgerNotification", crn, Purpose.CHECK_LEDGER)
            .reason(notice, requestIds);
        return Optional.of(this.issued.issue(interchange, recipient.get(), crn, record, null, at));
    }

    private void withheld(String sender, String receiver, String crn, GatewayErrorCode code, String why) {
        this.audit.append(AuditRecord.builder(AuditEvent.CHECK_NOTICE_ISSUED, AuditRecord.Outcome.REJECTED)
            .parties(sender, receiver)
            .message("CheckLedgerNotification", crn, Purpose.CHECK_LEDGER)
            .reason(code.code(), why));
    }

}
