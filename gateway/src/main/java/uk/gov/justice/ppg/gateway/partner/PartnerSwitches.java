package uk.gov.justice.ppg.gateway.partner;

import java.util.Locale;
import java.util.Map;

import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.justice.ppg.gateway.audit.Actor;
import uk.gov.justice.ppg.gateway.audit.AuditEvent;
import uk.gov.justice.ppg.gateway.audit.AuditRecord;
import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.audit.Purpose;

/**
 * The operators' kill switches on a partner, per direction: its deliveries (held, not
 * lost, while off) and its intake (its interchanges refused with GW-036, which it keeps
 * and sends again). Each change is written with its audit record, naming the actor and
 * the reason, in one transaction; every node obeys it within seconds.
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

    /**
     * Every partner whose switch in this direction was ever set, and whether it is off.
     */
    public Map<String, Boolean> switchedOff(KillSwitches.Direction direction) {
        return Map.copyOf(this.switches.states(direction));
    }

    /**
     * Switches a partner's deliveries or intake off or on; false if the directory has no
     * such partner.
     */
    public boolean set(String partnerId, KillSwitches.Direction direction, boolean switchedOff, String reason,
            Actor actor) {
        if (this.directory.get().byId(partnerId).isEmpty()) {
            return false;
        }
        boolean before = this.switches.isOff(partnerId, direction);
        String what = direction.name().toLowerCase(Locale.ROOT);
        this.transactions.executeWithoutResult((status) -> {
            this.switches.set(partnerId, direction, switchedOff, actor.shortName());
            this.audit.append(AuditRecord.builder(AuditEvent.KILL_SWITCH_CHANGED, AuditRecord.Outcome.CHANGED)
                .partner(partnerId)
                .purpose(Purpose.OVERSIGHT)
                .actor(actor)
                .reason(switchedOff ? "OFF" : "ON", "partner " + partnerId + " " + what + " " + (before ? "off" : "on")
                        + " -> " + (switchedOff ? "off" : "on") + ": " + reason));
        });
        return true;
    }

}
