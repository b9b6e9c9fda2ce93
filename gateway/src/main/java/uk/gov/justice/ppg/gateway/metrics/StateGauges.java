package uk.gov.justice.ppg.gateway.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

import uk.gov.justice.ppg.gateway.checks.CheckRequests;
import uk.gov.justice.ppg.gateway.partner.Partner;
import uk.gov.justice.ppg.gateway.partner.PartnerDirectoryHolder;
import uk.gov.justice.ppg.gateway.store.Tracking;

/**
 * Gauges of what waits, read from the database on a schedule (every node reads the same
 * shared state): {@code gateway.queue.waiting{partner}} (pending or in an inbox),
 * {@code gateway.queue.oldest.age{partner}} in seconds (0 when nothing waits) for every
 * partner in the directory, and {@code gateway.checks.open{state}} for the ledger's open
 * states. A failed read keeps the last values.
 */
final class StateGauges {

    private static final Logger LOG = LoggerFactory.getLogger(StateGauges.class);

    private static final List<String> OPEN_STATES = List.of("REQUESTED", "DELIVERED", "OVERDUE");

    private final Tracking tracking;

    private final CheckRequests checks;

    private final PartnerDirectoryHolder directory;

    private final Clock clock;

    private final MultiGauge waiting;

    private final MultiGauge oldest;

    private final MultiGauge openChecks;

    StateGauges(Tracking tracking, CheckRequests checks, PartnerDirectoryHolder directory, Clock clock,
            MeterRegistry meters) {
        this.tracking = tracking;
        this.checks = checks;
        this.directory = directory;
        this.clock = clock;
        this.waiting = MultiGauge.builder("gateway.queue.waiting")
            .description("deliveries waiting for the partner: pending or in its inbox")
            .register(meters);
        this.oldest = MultiGauge.builder("gateway.queue.oldest.age")
            .description("age of the partner's oldest waiting delivery")
            .baseUnit("seconds")
            .register(meters);
        this.openChecks = MultiGauge.builder("gateway.checks.open")
            .description("check-ledger entries in an open state")
            .register(meters);
    }

    void refresh() {
        try {
            Map<String, Map<String, Object>> queues = this.tracking.queues();
            Instant now = this.clock.instant();
            List<MultiGauge.Row<?>> waitingRows = new ArrayList<>();
            List<MultiGauge.Row<?>> oldestRows = new ArrayList<>();
            for (Partner partner : this.directory.get().partners()) {
                Map<String, Object> queue = queues.getOrDefault(partner.id(), Map.of());
                long count = (long) queue.getOrDefault("pending", 0L) + (long) queue.getOrDefault("inInbox", 0L);
                Instant since = (Instant) queue.get("oldestWaiting");
                double age = (since == null) ? 0 : Math.max(0, Duration.between(since, now).toMillis() / 1000.0);
                waitingRows.add(MultiGauge.Row.of(Tags.of("partner", partner.id()), count));
                oldestRows.add(MultiGauge.Row.of(Tags.of("partner", partner.id()), age));
            }
            this.waiting.register(waitingRows, true);
            this.oldest.register(oldestRows, true);
            Map<String, Long> byState = new TreeMap<>();
            OPEN_STATES.forEach((state) -> byState.put(state, 0L));
            for (Map<String, Object> group : this.checks.outstanding()) {
                byState.merge((String) group.get("state"), (Long) group.get("count"), Long::sum);
            }
            this.openChecks.register(byState.entrySet()
                .stream()
                .map((entry) -> MultiGauge.Row.of(Tags.of("state", entry.getKey()), entry.getValue()))
                .toList(), true);
        }
        catch (DataAccessException ex) {
            LOG.warn("queue and ledger gauges not refreshed ({})", ex.getClass().getSimpleName());
        }
    }

}
