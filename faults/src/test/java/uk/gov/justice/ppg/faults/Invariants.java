package uk.gov.justice.ppg.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The promises, checked against what the recording partners were given: the receiving
 * CRC's events from nDelius and nDelius's status notifications.
 */
final class Invariants {

    private final Map<String, List<String>> acceptedByCase;

    private final Set<String> accepted = new HashSet<>();

    private final RecordingPartner crc;

    private final RecordingPartner nps;

    Invariants(Map<String, List<String>> acceptedByCase, RecordingPartner crc, RecordingPartner nps) {
        this.acceptedByCase = acceptedByCase;
        acceptedByCase.values().forEach(this.accepted::addAll);
        this.crc = crc;
        this.nps = nps;
    }

    /**
     * Waits until every accepted interchange was delivered and notified, or the time is
     * up.
     */
    void awaitDrained(Duration atMost) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline && (!lost().isEmpty() || !notOneIsn().isEmpty())) {
            Thread.sleep(500);
        }
        Thread.sleep(2000);
    }

    /** Accepted, never delivered. */
    List<String> lost() throws IOException {
        Set<String> delivered = events().stream()
            .map(RecordingPartner.Delivered::reference)
            .collect(Collectors.toSet());
        return this.accepted.stream().filter((reference) -> !delivered.contains(reference)).sorted().toList();
    }

    /** Cases whose first deliveries did not come in the order they were accepted. */
    List<String> outOfOrder() throws IOException {
        Map<String, Integer> firstSeen = new HashMap<>();
        List<RecordingPartner.Delivered> events = events();
        for (int i = 0; i < events.size(); i++) {
            firstSeen.putIfAbsent(events.get(i).reference(), i);
        }
        List<String> broken = new ArrayList<>();
        this.acceptedByCase.forEach((crn, references) -> {
            int previous = -1;
            for (String reference : references) {
                Integer at = firstSeen.get(reference);
                if (at == null || at < previous) {
                    broken.add(crn + " at " + reference);
                    return;
                }
                previous = at;
            }
        });
        return broken;
    }

    /** Accepted interchanges without exactly one distinct ISN. */
    List<String> notOneIsn() throws IOException {
        Map<String, Set<String>> isns = new LinkedHashMap<>();
        for (RecordingPartner.Delivered notification : this.nps.received()) {
            if (notification.notification() && !notification.acknowledges().isEmpty()) {
                isns.computeIfAbsent(notification.acknowledges(), (key) -> new HashSet<>())
                    .add(notification.reference());
            }
        }
        return this.accepted.stream()
            .filter((reference) -> isns.getOrDefault(reference, Set.of()).size() != 1)
            .sorted()
            .toList();
    }

    /** Deliveries of control references the sender never had accepted. */
    List<String> unexpected() throws IOException {
        return events().stream()
            .map(RecordingPartner.Delivered::reference)
            .filter((reference) -> !this.accepted.contains(reference))
            .distinct()
            .toList();
    }

    /** Deliveries beyond the first of each interchange. */
    int repeats() throws IOException {
        List<RecordingPartner.Delivered> events = events();
        return events.size() - (int) events.stream().map(RecordingPartner.Delivered::reference).distinct().count();
    }

    private List<RecordingPartner.Delivered> events() throws IOException {
        return this.crc.received()
            .stream()
            .filter((delivered) -> "N00".equals(delivered.sender()) && "Event".equals(delivered.body()))
            .toList();
    }

    /**
     * Fails on any broken promise: a misleading answer to the sender, an accepted
     * interchange not delivered, a case out of order, an interchange without exactly one
     * ISN, or a delivery of something never accepted.
     */
    void assertKept(RetryingSender sender) throws IOException {
        assertThat(sender.misleading()).as("answers a partner could take for acceptance or a bad address").isEmpty();
        assertThat(lost()).as("accepted but never delivered").isEmpty();
        assertThat(outOfOrder()).as("cases delivered out of order").isEmpty();
        assertThat(notOneIsn()).as("interchanges without exactly one ISN").isEmpty();
        assertThat(unexpected()).as("deliveries of interchanges never sent").isEmpty();
    }

}
