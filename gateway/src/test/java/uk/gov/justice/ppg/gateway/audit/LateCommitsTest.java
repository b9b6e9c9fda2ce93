package uk.gov.justice.ppg.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class LateCommitsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final LateCommits late = new LateCommits();

    @Test
    void awaitsTheIdsAPassWentOverUntilTheyAreSealed() {
        this.late.passed(100, 105, List.of(101L, 102L, 105L), NOW);
        assertThat(this.late.awaited(NOW)).containsExactly(103L, 104L);

        this.late.passed(105, 107, List.of(103L, 107L), NOW.plusSeconds(1));
        assertThat(this.late.awaited(NOW.plusSeconds(1))).containsExactly(104L, 106L);
    }

    @Test
    void givesUpOnAnIdAfterThePatienceRunsOut() {
        this.late.passed(0, 3, List.of(1L, 3L), NOW);
        assertThat(this.late.awaited(NOW.plus(LateCommits.PATIENCE))).containsExactly(2L);
        assertThat(this.late.awaited(NOW.plus(LateCommits.PATIENCE).plusMillis(1))).isEmpty();
    }

}
