package uk.gov.justice.ppg.gateway.inbound;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.LongSupplier;

/**
 * Per-partner admission on this node: at most {@code concurrent} requests in flight and a
 * token bucket of {@code perSecond} requests a second, so that one partner's flood cannot
 * take the threads and the stores from the others.
 */
final class PartnerLimits {

    private final int concurrent;

    private final int perSecond;

    private final LongSupplier nanoTime;

    private final Map<String, Allowance> byPartner = new ConcurrentHashMap<>();

    PartnerLimits(int concurrent, int perSecond, LongSupplier nanoTime) {
        this.concurrent = concurrent;
        this.perSecond = perSecond;
        this.nanoTime = nanoTime;
    }

    /**
     * A permit for one request, to be released when it is answered; null if over limit.
     */
    Runnable admit(String partnerId) {
        Allowance allowance = this.byPartner.computeIfAbsent(partnerId, (id) -> new Allowance());
        if (!allowance.inFlight.tryAcquire()) {
            return null;
        }
        if (!allowance.take()) {
            allowance.inFlight.release();
            return null;
        }
        return allowance.inFlight::release;
    }

    private final class Allowance {

        private final Semaphore inFlight = new Semaphore(PartnerLimits.this.concurrent);

        private double tokens = PartnerLimits.this.perSecond;

        private long refilledAt = PartnerLimits.this.nanoTime.getAsLong();

        synchronized boolean take() {
            long now = PartnerLimits.this.nanoTime.getAsLong();
            double rate = PartnerLimits.this.perSecond;
            this.tokens = Math.min(rate, this.tokens + (now - this.refilledAt) * rate / 1e9);
            this.refilledAt = now;
            if (this.tokens < 1) {
                return false;
            }
            this.tokens -= 1;
            return true;
        }

    }

}
