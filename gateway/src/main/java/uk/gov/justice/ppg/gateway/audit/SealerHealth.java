package uk.gov.justice.ppg.gateway.audit;

import java.time.Duration;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Readiness of the audit sealer ({@code auditSealing} in the readiness group): DOWN once
 * its last completed pass is older than the stall limit, which is twenty seal intervals
 * and at least a minute. Records keep committing meanwhile, but a node whose chain does
 * not grow should take no new traffic until it does.
 */
final class SealerHealth implements HealthIndicator {

    private final AuditSealer sealer;

    private final Duration stalledAfter;

    SealerHealth(AuditSealer sealer, Duration sealInterval) {
        this.sealer = sealer;
        Duration twenty = sealInterval.multipliedBy(20);
        this.stalledAfter = (twenty.compareTo(Duration.ofMinutes(1)) > 0) ? twenty : Duration.ofMinutes(1);
    }

    @Override
    public Health health() {
        double age = this.sealer.secondsSinceLastSeal();
        Health.Builder health = (age * 1000 > this.stalledAfter.toMillis()) ? Health.down() : Health.up();
        return health.withDetail("secondsSinceLastSeal", Math.round(age))
            .withDetail("stalledAfterSeconds", this.stalledAfter.toSeconds())
            .build();
    }

}
