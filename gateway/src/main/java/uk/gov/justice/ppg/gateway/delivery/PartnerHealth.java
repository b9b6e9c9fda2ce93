package uk.gov.justice.ppg.gateway.delivery;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

import uk.gov.justice.ppg.gateway.partner.Partner;
import uk.gov.justice.ppg.gateway.partner.PartnerDirectory;

/**
 * Partner health, visible at {@code /actuator/health/partners}: for each partner, its
 * last liveness ping, its delivery circuit breaker and whether deliveries are held (kill
 * switch, disabled). A partner being down is not the gateway being down, so the indicator
 * stays UP and reports partners in its details.
 */
class PartnerHealth implements HealthIndicator {

    private final Map<String, Ping> pings = new ConcurrentHashMap<>();

    private final Supplier<PartnerDirectory> directory;

    private final PartnerGate gate;

    PartnerHealth(Supplier<PartnerDirectory> directory, PartnerGate gate) {
        this.directory = directory;
        this.gate = gate;
    }

    /**
     * The last liveness ping.
     *
     * @param at when it was sent
     * @param answered whether the partner answered SPGInterchangeResponse 200
     * @param detail status or failure, audit-safe
     */
    public record Ping(Instant at, boolean answered, String detail) {
    }

    public void recordPing(String partnerId, Ping ping) {
        this.pings.put(partnerId, ping);
    }

    public Map<String, Ping> pings() {
        return Map.copyOf(this.pings);
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        for (Partner partner : this.directory.get().partners()) {
            Map<String, Object> status = new LinkedHashMap<>(this.gate.state(partner.id()));
            status.put("enabled", partner.enabled());
            status.put("receives", partner.receives());
            Ping ping = this.pings.get(partner.id());
            if (ping != null) {
                status.put("lastPing", ping.at().toString());
                status.put("lastPingAnswered", ping.answered());
                status.put("lastPingDetail", ping.detail());
            }
            details.put(partner.id(), status);
        }
        return Health.up().withDetails(details).build();
    }

}
