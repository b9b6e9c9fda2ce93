package uk.gov.justice.ppg.gateway.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/**
 * Which failures of a delivery count as isolated (the partner took the others), and when
 * the breaker opens.
 */
class RetryTrackTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private final PartnerGate gate = new PartnerGate((partner) -> false, Clock.fixed(NOW, ZoneOffset.UTC),
            new PartnerGate.Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), 0), 3);

    @Test
    void givesUpAfterFiveFailuresEachWhileThePartnerTookOthers() {
        RetryTrack poison = new RetryTrack(this.gate, "c00", 5);
        for (int i = 1; i <= 4; i++) {
            this.gate.succeeded("c00");
            assertThat(poison.failed(NOW)).as("failure %d", i).isFalse();
        }
        this.gate.succeeded("c00");
        assertThat(poison.failed(NOW)).isTrue();
        assertThat(poison.isolated()).isEqualTo(5);
    }

    @Test
    void neverGivesUpWhenThePartnerFailsEverything() {
        RetryTrack first = new RetryTrack(this.gate, "c00", 5);
        RetryTrack second = new RetryTrack(this.gate, "c00", 5);
        for (int i = 0; i < 50; i++) {
            assertThat(first.failed(NOW)).isFalse();
            assertThat(second.failed(NOW)).isFalse();
        }
        assertThat(first.isolated()).isZero();
        assertThat(this.gate.state("c00")).containsEntry("breaker", "OPEN");
    }

    @Test
    void aPartnerFailingOneInTwoOfItsOtherAttemptsIsNotTakingThem() {
        RetryTrack track = new RetryTrack(this.gate, "c00", 5);
        for (int i = 0; i < 20; i++) {
            this.gate.succeeded("c00");
            this.gate.failed("c00");
            assertThat(track.failed(NOW)).isFalse();
        }
        assertThat(track.isolated()).isZero();
    }

    @Test
    void nineOtherSuccessesPerOtherFailureAreEnough() {
        RetryTrack track = new RetryTrack(this.gate, "c00", 1);
        this.gate.failed("c00");
        for (int i = 0; i < 8; i++) {
            this.gate.succeeded("c00");
        }
        assertThat(track.failed(NOW)).isFalse();
        for (int i = 0; i < 9; i++) {
            this.gate.succeeded("c00");
        }
        this.gate.failed("c00");
        assertThat(track.failed(NOW)).isTrue();
    }

    @Test
    void eachFailureWaitsLongerAndOneFailureAloneDoesNotOpenTheBreaker() {
        RetryTrack track = new RetryTrack(this.gate, "c00", 5);
        track.failed(NOW);
        assertThat(track.notBefore()).isEqualTo(NOW.plusSeconds(2));
        assertThat(this.gate.state("c00")).containsEntry("breaker", "CLOSED");
        track.failed(NOW);
        assertThat(track.notBefore()).isEqualTo(NOW.plusSeconds(4));
        track.failed(NOW);
        assertThat(this.gate.state("c00")).containsEntry("breaker", "OPEN");
    }

}
