package uk.gov.justice.ppg.gateway.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jms.JmsException;
import org.springframework.scheduling.annotation.Scheduled;

import uk.gov.justice.ppg.gateway.accept.DeliveryQueue;
import uk.gov.justice.ppg.gateway.accept.QueuedDelivery;
import uk.gov.justice.ppg.gateway.routing.PlannedDelivery;
import uk.gov.justice.ppg.gateway.security.ReplayCache;
import uk.gov.justice.ppg.schemas.SchemaVersion;

/**
 * Periodic chores: re-read kill switches, forget expired replay-cache entries, and
 * re-queue pending deliveries that were never attempted (a queue message lost between a
 * database commit and a broker commit). The broker's duplicate detection drops a
 * re-queued delivery that is still on its queue.
 */
public class Housekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

    private static final Duration UNATTEMPTED_FOR = Duration.ofMinutes(2);

    private final KillSwitches switches;

    private final ReplayCache replays;

    private final DeliveryStore deliveries;

    private final DeliveryQueue queue;

    private final Clock clock;

    public Housekeeping(KillSwitches switches, ReplayCache replays, DeliveryStore deliveries, DeliveryQueue queue,
            Clock clock) {
        this.switches = switches;
        this.replays = replays;
        this.deliveries = deliveries;
        this.queue = queue;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gateway.housekeeping.switches:2s}")
    public void refreshKillSwitches() {
        this.switches.refresh();
    }

    @Scheduled(fixedDelayString = "${gateway.housekeeping.replay-cache:5m}")
    public void purgeReplayCache() {
        try {
            this.replays.purgeExpired();
        }
        catch (DataAccessException ex) {
            LOG.warn("replay cache purge skipped: database unavailable");
        }
    }

    @Scheduled(initialDelayString = "${gateway.housekeeping.sweep-delay:1m}",
            fixedDelayString = "${gateway.housekeeping.sweep:5m}")
    public void requeueUnattempted() {
        try {
            List<String[]> stale = this.deliveries.unattemptedBefore(this.clock.instant().minus(UNATTEMPTED_FOR), 500);
            for (String[] row : stale) {
                this.queue.enqueueDirect(new QueuedDelivery(row[0], row[2], row[4], new PlannedDelivery(row[3], row[1],
                        SchemaVersion.V0_9_14, PlannedDelivery.Reason.ADDRESSED, List.of())));
            }
        }
        catch (DataAccessException | JmsException ex) {
            LOG.warn("pending-delivery sweep skipped: store unavailable");
        }
    }

}
