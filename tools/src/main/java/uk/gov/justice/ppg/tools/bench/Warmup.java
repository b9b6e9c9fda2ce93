package uk.gov.justice.ppg.tools.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Warms the counted processes up until their JIT compilers have settled: batches of
 * {@value #BATCH} interchanges, at least the requested number, then more until the JIT
 * compiler threads used less than {@value #SETTLED_PERCENT} % of the counted CPU of the
 * last batch, or up to four times the requested number. A JVM that is still compiling
 * charges its compilation to the interchanges of the measured window, which is start-up
 * work, not the work of an interchange.
 */
final class Warmup {

    static final int BATCH = 2000;

    static final int SETTLED_PERCENT = 3;

    private Warmup() {
    }

    /**
     * Returns how many interchanges it sent and the compilers' share of the last batch.
     */
    static Settled run(Sender sender, IntFunction<List<Sender.Signed>> signed, Map<String, Long> notified,
            CpuGroups counted, int least) throws InterruptedException {
        int done = 0;
        double share = 1;
        while (done < least || (share * 100 >= SETTLED_PERCENT && done < 4 * least)) {
            int batch = (done < least) ? Math.min(BATCH, least - done) : BATCH;
            List<Sender.Signed> load = signed.apply(batch);
            double compilerBefore = counted.compilerSeconds();
            double totalBefore = counted.totalSeconds();
            sender.closedLoop(load, notified, Duration.ofSeconds(600));
            double total = counted.totalSeconds() - totalBefore;
            share = (total > 0) ? (counted.compilerSeconds() - compilerBefore) / total : 0;
            done += batch;
        }
        return new Settled(done, share);
    }

    record Settled(int interchanges, double compilerShare) {

        String describe() {
            return String.format(
                    "warmed up with %d interchanges; the JIT compilers used %.1f %% of the counted CPU "
                            + "in the last batch%s",
                    this.interchanges, 100 * this.compilerShare,
                    (this.compilerShare * 100 < SETTLED_PERCENT) ? "" : " (not settled)");
        }

    }

}
