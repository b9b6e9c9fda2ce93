package uk.gov.justice.ppg.gateway.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A check's due-by is the end of its DueDate in UK time, summer or winter. */
class DueByTest {

    @Test
    void inWinterTheDayEndsAtMidnightUtc() {
        assertThat(CheckLedger.dueBy(LocalDate.parse("2026-12-04"))).isEqualTo(Instant.parse("2026-12-05T00:00:00Z"));
    }

    @Test
    void inSummerTheDayEndsAnHourEarlierInUtc() {
        assertThat(CheckLedger.dueBy(LocalDate.parse("2026-07-14"))).isEqualTo(Instant.parse("2026-07-14T23:00:00Z"));
    }

    @Test
    void onTheDayTheClocksGoBackItEndsAtMidnightUtc() {
        assertThat(CheckLedger.dueBy(LocalDate.parse("2026-10-24"))).isEqualTo(Instant.parse("2026-10-24T23:00:00Z"));
        assertThat(CheckLedger.dueBy(LocalDate.parse("2026-10-25"))).isEqualTo(Instant.parse("2026-10-26T00:00:00Z"));
    }

}
