package uk.gov.justice.ppg.tools.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import uk.gov.justice.ppg.tools.client.PartnerClient;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * Sends pre-signed interchanges, closed-loop (as fast as answered) or open-loop (at a
 * fixed rate).
 */
final class Sender {

    private final List<PartnerClient> clients;

    private final int concurrency;

    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();

    /**
     * Sender {@code t} of {@code concurrency} sends through client {@code t} modulo their
     * number.
     */
    Sender(List<PartnerClient> clients, int concurrency) {
        this.clients = List.copyOf(clients);
        this.concurrency = concurrency;
    }

    /** A signed SOAP envelope and its control reference. */
    record Signed(String reference, byte[] envelope) {
    }

    /**
     * What a run measured.
     *
     * @param sent interchanges sent
     * @param errors answers other than 200, and interchanges never acknowledged
     * @param seconds from the first send to the last status notification
     * @param acceptSeconds from the first send to the last answer
     * @param latenciesMillis accept latency of each interchange
     */
    record Result(int sent, int errors, double seconds, double acceptSeconds, List<Double> latenciesMillis) {

        double throughput() {
            return (this.sent - this.errors) / this.seconds;
        }

        double acceptRate() {
            return (this.sent - this.errors) / this.acceptSeconds;
        }

        /** How long after the last acceptance the last status notification came. */
        double drainSeconds() {
            return this.seconds - this.acceptSeconds;
        }

        double p50() {
            return percentile(0.50);
        }

        double p99() {
            return percentile(0.99);
        }

        private double percentile(double p) {
            List<Double> sorted = new ArrayList<>(this.latenciesMillis);
            Collections.sort(sorted);
            return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
        }

        String describe() {
            return String.format(
                    "%d interchanges in %.1f s = %.0f/s end to end (accepted, delivered, ISN back); "
                            + "accepted at %.0f/s, last ISN %.1f s after the last acceptance; "
                            + "accept latency p50 %.1f ms, p99 %.1f ms; errors %d",
                    this.sent, this.seconds, throughput(), acceptRate(), drainSeconds(), p50(), p99(), this.errors);
        }

    }

    /**
     * When each interchange was sent ({@link System#nanoTime()}), by control reference.
     */
    Map<String, Long> sentAt() {
        return this.sentAt;
    }

    Result closedLoop(List<Signed> load, Map<String, Long> notified, Duration timeout) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        return run(load, notified, timeout, this.concurrency, () -> {
            int i = next.getAndIncrement();
            return (i < load.size()) ? load.get(i) : null;
        });
    }

    Result openLoop(List<Signed> load, double perSecond, Map<String, Long> notified, Duration timeout)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        long interval = (long) (1e9 / perSecond);
        return run(load, notified, timeout, Math.max(this.concurrency, 32), () -> {
            int i = next.getAndIncrement();
            if (i >= load.size()) {
                return null;
            }
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }
            return load.get(i);
        });
    }

    private Result run(List<Signed> load, Map<String, Long> notified, Duration timeout, int threads, Source source)
            throws InterruptedException {
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicLong lastAnswer = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            PartnerClient client = this.clients.get(t % this.clients.size());
            pool.submit(() -> {
                for (Signed signed = source.next(); signed != null; signed = source.next()) {
                    long sent = System.nanoTime();
                    this.sentAt.put(signed.reference(), sent);
                    try {
                        SpgResponse response = client.post(signed.envelope(), true);
                        long answered = System.nanoTime();
                        latencies.add((answered - sent) / 1e6);
                        lastAnswer.accumulateAndGet(answered, Math::max);
                        if (!response.accepted()) {
                            errors.incrementAndGet();
                        }
                    }
                    catch (Exception ex) {
                        errors.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(timeout.toSeconds(), TimeUnit.SECONDS);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && load.stream().anyMatch((s) -> !notified.containsKey(s.reference()))) {
            Thread.sleep(20);
        }
        long last = load.stream()
            .mapToLong((s) -> notified.getOrDefault(s.reference(), System.nanoTime()))
            .max()
            .orElse(System.nanoTime());
        int unacknowledged = (int) load.stream().filter((s) -> !notified.containsKey(s.reference())).count();
        return new Result(load.size(), errors.get() + unacknowledged, (last - started) / 1e9,
                (lastAnswer.get() - started) / 1e9, latencies);
    }

    @FunctionalInterface
    private interface Source {

        Signed next();

    }

}
