package uk.gov.justice.ppg.gateway.readiness;

import java.util.Optional;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;

/**
 * Whether the partner port may take a request now. Not before the application is ready
 * (database migrated, key stores loaded, broker up, audit chain and routes started: the
 * last thing Spring Boot announces), not once it has begun to stop, and not while the
 * data directory has less free space than a message and its audit record need.
 */
public final class Readiness {

    private final StorageProbe probe;

    private final long minFreeBytes;

    private volatile boolean started;

    private volatile boolean stopping;

    Readiness(StorageProbe probe, long minFreeBytes) {
        this.probe = probe;
        this.minFreeBytes = minFreeBytes;
    }

    /** Why a request must be refused now, if it must. */
    public Optional<GatewayErrorCode> refusal() {
        if (!this.started || this.stopping) {
            return Optional.of(GatewayErrorCode.NOT_READY);
        }
        if (this.probe.state().freeBytes() < this.minFreeBytes) {
            return Optional.of(GatewayErrorCode.STORAGE_FULL);
        }
        return Optional.empty();
    }

    boolean isStopping() {
        return this.stopping;
    }

    boolean roomToStore() {
        return this.probe.state().freeBytes() >= this.minFreeBytes;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        this.probe.probe();
        this.started = true;
    }

    @EventListener(ContextClosedEvent.class)
    void stopping() {
        this.stopping = true;
    }

}
