package uk.gov.justice.ppg.gateway.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PayloadBudgetTest {

    private static final long MB = 1024 * 1024;

    private final PayloadBudget budget = new PayloadBudget(MB, 20 * MB);

    @Test
    void smallPayloadsHoldNothing() {
        for (int i = 0; i < 1000; i++) {
            assertThat(this.budget.tryHold(MB - 1)).isNotNull();
        }
        assertThat(this.budget.heldBytes()).isZero();
    }

    @Test
    void largePayloadsHoldTheirSizeUntilClosed() {
        PayloadBudget.Hold first = this.budget.tryHold(10 * MB);
        PayloadBudget.Hold second = this.budget.tryHold(10 * MB);
        assertThat(first).isNotNull();
        assertThat(second).isNotNull();
        assertThat(this.budget.heldBytes()).isEqualTo(20 * MB);
        assertThat(this.budget.tryHold(MB)).as("no room").isNull();
        first.close();
        assertThat(this.budget.tryHold(MB)).isNotNull();
    }

    @Test
    void aPayloadLargerThanTheBudgetPassesAlone() {
        PayloadBudget.Hold huge = this.budget.tryHold(50 * MB);
        assertThat(huge).isNotNull();
        assertThat(this.budget.tryHold(MB)).isNull();
        huge.close();
        assertThat(this.budget.heldBytes()).isZero();
    }

    @Test
    void waitingForRoomHoldsNothing() throws InterruptedException {
        PayloadBudget.Hold held = this.budget.tryHold(15 * MB);
        long started = System.nanoTime();
        this.budget.awaitRoom(10 * MB, 200);
        assertThat(System.nanoTime() - started).as("waited for room that did not come").isGreaterThan(150_000_000L);
        held.close();
        this.budget.awaitRoom(10 * MB, 5000);
        assertThat(this.budget.heldBytes()).isZero();
    }

    @Test
    void refusesABudgetSmallerThanOneLargePayload() {
        assertThatThrownBy(() -> new PayloadBudget(10 * MB, MB)).isInstanceOf(IllegalArgumentException.class);
    }

}
