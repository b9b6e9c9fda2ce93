package uk.gov.justice.ppg.gateway.ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void isAVersion7UuidCarryingItsMillisecond() {
        long before = System.currentTimeMillis();
        UUID id = UUID.fromString(TimeOrderedIds.next());
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, System.currentTimeMillis());
    }

    @Test
    void laterMillisecondsSortLaterAsText() {
        SecureRandom random = new SecureRandom();
        String earlier = TimeOrderedIds.of(1_795_000_000_000L, random).toString();
        String later = TimeOrderedIds.of(1_795_000_000_001L, random).toString();
        assertThat(earlier).matches("[0-9a-f-]{36}");
        assertThat(later.compareTo(earlier)).isPositive();
    }

    @Test
    void idsWithinOneMillisecondDiffer() {
        SecureRandom random = new SecureRandom();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(TimeOrderedIds.of(1_795_000_000_000L, random));
        }
        assertThat(seen).hasSize(10_000);
    }

}
