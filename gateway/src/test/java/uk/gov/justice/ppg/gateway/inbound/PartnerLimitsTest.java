package uk.gov.justice.ppg.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Per-partner admission: in flight, per second, and one partner apart from another. */
class PartnerLimitsTest {

    private final AtomicLong now = new AtomicLong();

    private final PartnerLimits limits = new PartnerLimits(2, 3, this.now::get);

    @Test
    void admitsNoMoreThanTheConcurrentLimitUntilOneIsReleased() {
        Runnable first = this.limits.admit("c04");
        Runnable second = this.limits.admit("c04");
        assertThat(first).isNotNull();
        assertThat(second).isNotNull();
        assertThat(this.limits.admit("c04")).isNull();
        first.run();
        this.now.addAndGet(1_000_000_000L);
        assertThat(this.limits.admit("c04")).isNotNull();
    }

    @Test
    void admitsABurstOfThePerSecondLimitThenRefillsOverTime() {
        for (int i = 0; i < 3; i++) {
            this.limits.admit("c04").run();
        }
        assertThat(this.limits.admit("c04")).isNull();
        this.now.addAndGet(340_000_000L);
        assertThat(this.limits.admit("c04")).isNotNull();
        assertThat(this.limits.admit("c04")).isNull();
    }

    @Test
    void onePartnerOverItsLimitsLeavesAnotherItsOwn() {
        this.limits.admit("c04");
        this.limits.admit("c04");
        assertThat(this.limits.admit("c04")).isNull();
        assertThat(this.limits.admit("nps")).isNotNull();
        assertThat(this.limits.admit("nps")).isNotNull();
    }

    @Test
    void aRequestRefusedForRateDoesNotKeepAnInFlightPlace() {
        PartnerLimits oneASecond = new PartnerLimits(1, 1, this.now::get);
        oneASecond.admit("c04").run();
        assertThat(oneASecond.admit("c04")).isNull();
        this.now.addAndGet(1_000_000_000L);
        assertThat(oneASecond.admit("c04")).isNotNull();
    }

}
