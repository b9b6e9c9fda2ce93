package uk.gov.justice.ppg.gateway.delivery;

import java.util.Map;

import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.justice.ppg.gateway.audit.Actor;
import uk.gov.justice.ppg.gateway.audit.AuditEvent;
import uk.gov.justice.ppg.gateway.audit.AuditRecord;
import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.audit.Purpose;
import uk.gov.justice.ppg.gateway.partner.PartnerDirectoryHolder;

/**
 * The operators' kill switch on a partner's deliveries (held, not lost, while off): each
 * change is written with its audit record, naming the actor and the reason, in one
 * transaction; every node obeys it within seconds.
 */
public class PartnerSwitches {

    private final KillSwitches switches;

    private final PartnerDirectoryHolder directory;

    private final AuditTrail audit;

    private final TransactionTemplate transactions;

    PartnerSwitches(KillSwitches switches, PartnerDirectoryHolder directory, AuditTrail audit,
            TransactionTemplate transactions) {
        this.switches = switches;
        this.directory = directory;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** Every partner whose switch was ever set, and whether it is off now. */
    public Map<String, Boolean> switchedOff() {
        return this.switches.states();
    }

    /**
     * Switches a partner's deliveries off or on; false if the directory has no such
     * partner.
     */
    public boolean set(String partnerId, boolean switchedOff, String reason, Actor actor) {
        if (this.directory.get().byId(partnerId).isEmpty()) {
            return false;
        }
        boolean before = this.switches.isOff(partnerId);
        this.transactions.executeWithoutResult((status) -> {
            this.switches.set(partnerId, switchedOff, actor.shortName());
            this.audit.append(AuditRecord.builder(AuditEvent.KILL_SWITCH_CHANGED, AuditRecord.Outcome.CHANGED)
                .partner(partnerId)
                .purpose(Purpose.OVERSIGHT)
                .actor(actor)
                .reason(switchedOff ? "OFF" : "ON", "partner " + partnerId + " deliveries " + (before ? "off" : "on")
                        + " -> " + (switchedOff ? "off" : "on") + ": " + reason));
        });
        return true;
    }

}
