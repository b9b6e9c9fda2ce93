package uk.gov.justice.ppg.gateway.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import uk.gov.justice.ppg.routes.delivery.DeliveryHeldException;

/**
 * Decides when a partner may be tried: never while its kill switch is on (or it is
 * disabled), and, once {@code threshold} attempts in a row have failed, only after an
 * exponentially growing, jittered backoff (a per-partner circuit breaker). A single
 * failing delivery waits out its own backoff ({@link RetryTrack}) and opens the breaker
 * for nobody while other deliveries succeed. Waiting consumers hold their message, so
 * each case's order is kept; a stopping gateway releases them so their messages go back
 * to the queue. The gate also keeps each partner's running {@link Tally} of attempts.
 */
class PartnerGate {

    private static final Duration POLL = Duration.ofMillis(200);

    private final Map<String, Breaker> breakers = new ConcurrentHashMap<>();

    private final Predicate<String> held;

    private final Clock clock;

    private final Backoff backoff;

    private final int threshold;

    private volatile boolean stopping;

    PartnerGate(Predicate<String> held, Clock clock, Backoff backoff, int threshold) {
        this.held = held;
        this.clock = clock;
        this.backoff = backoff;
        this.threshold = Math.max(1, threshold);
    }

    /**
     * Exponential backoff with jitter.
     *
     * @param base wait after the first failure
     * @param max longest wait
     * @param jitter fraction by which each wait is randomly lengthened or shortened
     */
    public record Backoff(Duration base, Duration max, double jitter) {

        Duration after(int failures) {
            double millis = Math.min(this.max.toMillis(),
                    this.base.toMillis() * Math.pow(2, Math.min(failures - 1, 30)));
            double spread = 1 + this.jitter * (2 * ThreadLocalRandom.current().nextDouble() - 1);
            return Duration.ofMillis((long) (millis * spread));
        }

    }

    /**
     * How many of a partner's attempts have succeeded and failed since the gateway
     * started.
     */
    public record Tally(long succeeded, long failed) {

    }

    public Backoff backoff() {
        return this.backoff;
    }

    /**
     * Blocks until the partner may be tried and {@code notBefore} has come, or
     * {@code deadline} passes.
     */
    public void await(String partnerId, Instant notBefore, Instant deadline) throws DeliveryHeldException {
        while (true) {
            if (this.stopping) {
                throw new DeliveryHeldException("gateway stopping");
            }
            Instant now = this.clock.instant();
            if (!now.isBefore(deadline)) {
                return;
            }
            Instant openUntil = breaker(partnerId).openUntil;
            Instant until = notBefore.isAfter(openUntil) ? notBefore : openUntil;
            boolean wait = this.held.test(partnerId) || now.isBefore(until);
            if (!wait) {
                return;
            }
            sleep(shortest(POLL, Duration.between(now, until), Duration.between(now, deadline)));
        }
    }

    /** Waits a while, unless the gateway is stopping. */
    public void pause(Duration duration) throws DeliveryHeldException {
        if (this.stopping) {
            throw new DeliveryHeldException("gateway stopping");
        }
        sleep(duration);
    }

    public void succeeded(String partnerId) {
        breaker(partnerId).succeeded();
    }

    /**
     * Records a failed attempt (the breaker opens at the threshold); returns the
     * partner's tally including it.
     */
    public Tally failed(String partnerId) {
        Breaker breaker = breaker(partnerId);
        synchronized (breaker) {
            breaker.failures++;
            breaker.failedTotal++;
            if (breaker.failures >= this.threshold) {
                breaker.openUntil = this.clock.instant()
                    .plus(this.backoff.after(breaker.failures - this.threshold + 1));
            }
            return new Tally(breaker.succeededTotal, breaker.failedTotal);
        }
    }

    public Tally tally(String partnerId) {
        Breaker breaker = breaker(partnerId);
        synchronized (breaker) {
            return new Tally(breaker.succeededTotal, breaker.failedTotal);
        }
    }

    /** Consecutive failures and until when the breaker is open, for health reporting. */
    public Map<String, Object> state(String partnerId) {
        Breaker breaker = breaker(partnerId);
        boolean open = this.clock.instant().isBefore(breaker.openUntil);
        return Map.of("breaker", open ? "OPEN" : "CLOSED", "consecutiveFailures", breaker.failures, "held",
                this.held.test(partnerId));
    }

    /** Releases every waiting consumer: called as the gateway begins to shut down. */
    public void stop() {
        this.stopping = true;
    }

    private Breaker breaker(String partnerId) {
        return this.breakers.computeIfAbsent(partnerId, (id) -> new Breaker());
    }

    private static Duration shortest(Duration... durations) {
        Duration shortest = durations[0];
        for (Duration duration : durations) {
            if (!duration.isNegative() && duration.compareTo(shortest) < 0) {
                shortest = duration;
            }
        }
        return shortest.isZero() ? Duration.ofMillis(1) : shortest;
    }

    private static void sleep(Duration duration) throws DeliveryHeldException {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new DeliveryHeldException("interrupted while waiting for the partner", ex);
        }
    }

    /**
     * One partner's consecutive failures, the end of its current backoff, and its running
     * totals.
     */
    private static final class Breaker {

        private volatile int failures;

        private volatile Instant openUntil = Instant.EPOCH;

        private long succeededTotal;

        private long failedTotal;

        synchronized void succeeded() {
            this.failures = 0;
            this.openUntil = Instant.EPOCH;
            this.succeededTotal++;
        }

    }

}
