package uk.gov.justice.ppg.gateway.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.justice.ppg.gateway.partner.KillSwitches;
import uk.gov.justice.ppg.gateway.partner.Partner;
import uk.gov.justice.ppg.gateway.partner.PartnerDirectoryHolder;
import uk.gov.justice.ppg.gateway.partner.PartnerSwitches;
import uk.gov.justice.ppg.gateway.store.Tracking;

/**
 * Partners as operators see them: the directory's entries with their kill switches, each
 * partner's queue (waiting, oldest waiting age, dead letters), and the kill switches
 * themselves, one per direction.
 */
@RestController
class PartnersAdmin {

    private final PartnerDirectoryHolder directory;

    private final PartnerSwitches switches;

    private final Tracking tracking;

    private final Clock clock;

    PartnersAdmin(PartnerDirectoryHolder directory, PartnerSwitches switches, Tracking tracking, Clock clock) {
        this.directory = directory;
        this.switches = switches;
        this.tracking = tracking;
        this.clock = clock;
    }

    /** A kill-switch change: off or on, and why (required, audited). */
    record SwitchChange(Boolean switchedOff, String reason) {
    }

    @Allowed({ AdminRole.OPERATOR, AdminRole.ADMIN })
    @GetMapping("/admin/api/v1/partners")
    List<Map<String, Object>> partners() {
        Map<String, Boolean> off = this.switches.switchedOff(KillSwitches.Direction.DELIVERIES);
        Map<String, Boolean> intakeOff = this.switches.switchedOff(KillSwitches.Direction.INTAKE);
        List<Map<String, Object>> partners = new ArrayList<>();
        for (Partner partner : this.directory.get().partners()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", partner.id());
            entry.put("organisation", partner.organisation());
            entry.put("partyCodes", new TreeSet<>(partner.partyCodes()));
            entry.put("enabled", partner.enabled());
            entry.put("receives", partner.receives());
            entry.put("deliveriesSwitchedOff", off.getOrDefault(partner.id(), false));
            entry.put("intakeSwitchedOff", intakeOff.getOrDefault(partner.id(), false));
            partners.add(entry);
        }
        return partners;
    }

    @Allowed(AdminRole.OPERATOR)
    @PutMapping("/admin/api/v1/partners/{id}/deliveries")
    ResponseEntity<?> switchDeliveries(@PathVariable String id, @RequestBody SwitchChange change,
            HttpServletRequest request) {
        return change(id, KillSwitches.Direction.DELIVERIES, change, request);
    }

    @Allowed(AdminRole.OPERATOR)
    @PutMapping("/admin/api/v1/partners/{id}/intake")
    ResponseEntity<?> switchIntake(@PathVariable String id, @RequestBody SwitchChange change,
            HttpServletRequest request) {
        return change(id, KillSwitches.Direction.INTAKE, change, request);
    }

    private ResponseEntity<?> change(String id, KillSwitches.Direction direction, SwitchChange change,
            HttpServletRequest request) {
        if (change.switchedOff() == null) {
            throw new IllegalArgumentException("switchedOff (true or false) is required");
        }
        String reason = Paging.reason(change.reason());
        if (!this.switches.set(id, direction, change.switchedOff(), reason, AdminCalls.actor(request))) {
            return MessagesAdmin.notFound();
        }
        String state = (direction == KillSwitches.Direction.DELIVERIES) ? "deliveriesSwitchedOff" : "intakeSwitchedOff";
        return ResponseEntity.ok(Map.of("partner", id, state, change.switchedOff()));
    }

    @Allowed(AdminRole.OPERATOR)
    @GetMapping("/admin/api/v1/queues")
    List<Map<String, Object>> queues() {
        Map<String, Map<String, Object>> queues = this.tracking.queues();
        Map<String, Boolean> off = this.switches.switchedOff(KillSwitches.Direction.DELIVERIES);
        Instant now = this.clock.instant();
        List<Map<String, Object>> answer = new ArrayList<>();
        for (Partner partner : this.directory.get().partners()) {
            Map<String, Object> queue = new LinkedHashMap<>();
            queue.put("partner", partner.id());
            Map<String, Object> counts = queues.getOrDefault(partner.id(), Map.of());
            queue.put("pending", counts.getOrDefault("pending", 0L));
            queue.put("inInbox", counts.getOrDefault("inInbox", 0L));
            queue.put("deadLettered", counts.getOrDefault("deadLettered", 0L));
            Instant oldest = (Instant) counts.get("oldestWaiting");
            queue.put("oldestWaitingSeconds",
                    (oldest == null) ? null : Math.max(0, Duration.between(oldest, now).toSeconds()));
            queue.put("deliveriesSwitchedOff", off.getOrDefault(partner.id(), false));
            answer.add(queue);
        }
        return answer;
    }

}
