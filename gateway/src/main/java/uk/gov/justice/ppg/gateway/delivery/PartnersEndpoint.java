package uk.gov.justice.ppg.gateway.delivery;

import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.justice.ppg.gateway.audit.AuditEvent;
import uk.gov.justice.ppg.gateway.audit.AuditRecord;
import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.partner.PartnerDirectoryHolder;

/**
 * The operators' kill switch, on the management port ({@code /actuator/partners}): read
 * every partner's switch, or switch one partner's deliveries off (held, not lost) and on
 * again. Every change is audited.
 */
@Endpoint(id = "partners")
public class PartnersEndpoint {

    private final KillSwitches switches;

    private final PartnerDirectoryHolder directory;

    private final AuditTrail audit;

    private final TransactionTemplate transactions;

    public PartnersEndpoint(KillSwitches switches, PartnerDirectoryHolder directory, AuditTrail audit,
            TransactionTemplate transactions) {
        this.switches = switches;
        this.directory = directory;
        this.audit = audit;
        this.transactions = transactions;
    }

    @ReadOperation
    public Map<String, Boolean> switchedOff() {
        return this.switches.states();
    }

    @WriteOperation
    public Map<String, Object> switchPartner(@Selector String partnerId, boolean switchedOff) {
        if (this.directory.get().byId(partnerId).isEmpty()) {
            return Map.of("partner", partnerId, "error", "unknown partner");
        }
        this.transactions.executeWithoutResult((status) -> {
            this.switches.set(partnerId, switchedOff, "operator");
            this.audit.append(AuditRecord.builder(AuditEvent.KILL_SWITCH_CHANGED, AuditRecord.Outcome.CHANGED)
                .reason(switchedOff ? "OFF" : "ON", "partner " + partnerId));
        });
        return Map.of("partner", partnerId, "switchedOff", switchedOff);
    }

}
