package uk.gov.justice.ppg.gateway.readiness;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Health of the database, the broker and the data directory's free space, from the last
 * probe: answered at once, never by opening a connection on the caller's thread. A probe
 * older than a few seconds counts as down (the prober itself is stuck).
 */
final class StorageHealth implements HealthIndicator {

    private static final Duration STALE = Duration.ofSeconds(5);

    private final StorageProbe probe;

    private final Readiness readiness;

    private final Clock clock;

    StorageHealth(StorageProbe probe, Readiness readiness, Clock clock) {
        this.probe = probe;
        this.readiness = readiness;
        this.clock = clock;
    }

    @Override
    public Health health() {
        StorageState state = this.probe.state();
        boolean fresh = state.at().plus(STALE).isAfter(this.clock.instant());
        boolean up = fresh && state.database() && state.broker() && this.readiness.roomToStore();
        return (up ? Health.up() : Health.down()).withDetail("database", state.database())
            .withDetail("broker", state.broker())
            .withDetail("freeBytes", state.freeBytes())
            .withDetail("roomToStore", this.readiness.roomToStore())
            .withDetail("probedAt", state.at().toString())
            .build();
    }

}
