package uk.gov.justice.ppg.tools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Samples another JVM's live heap: {@code jcmd GC.run} forces a full collection, and the
 * process's own GC log ({@code -Xlog:gc:file=...}) says what was left, which is what was
 * reachable at that moment. Sampled every {@code interval} while a load runs, the largest
 * of these is the load's peak live heap, to the log's 1 MB resolution.
 */
final class LiveHeap implements AutoCloseable {

    private static final Pattern FULL_GC = Pattern
        .compile("Pause Full \\((?:Diagnostic Command|System.gc\\(\\))\\) \\d+M->(\\d+)M");

    private final long pid;

    private final Path gcLog;

    private final long intervalMillis;

    private Thread sampler;

    private volatile boolean sampling;

    private int linesBefore;

    private final List<Sample> samples = new CopyOnWriteArrayList<>();

    /** The live heap after one forced collection, and when it was taken. */
    record Sample(long nanoTime, long megabytes) {
    }

    LiveHeap(long pid, Path gcLog, long intervalMillis) {
        this.pid = pid;
        this.gcLog = gcLog;
        this.intervalMillis = intervalMillis;
    }

    /** The live heap now, in MB: the least of three forced collections. */
    long now() {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            int mark = lines().size();
            collect();
            least = Math.min(least, largestSince(mark));
        }
        return least;
    }

    /** Starts sampling; {@link #peak()} then gives the largest sample since. */
    void start() throws InterruptedException {
        stop();
        this.linesBefore = lines().size();
        this.samples.clear();
        this.sampling = true;
        this.sampler = new Thread(() -> {
            while (this.sampling) {
                int mark = lines().size();
                long at = System.nanoTime();
                collect();
                long live = largestSince(mark);
                if (live > 0) {
                    this.samples.add(new Sample(at, live));
                }
                sleep(this.intervalMillis);
            }
        }, "live-heap-sampler");
        this.sampler.setDaemon(true);
        this.sampler.start();
    }

    /** Stops sampling and gives the largest sample since {@link #start()}. */
    long peak() throws InterruptedException {
        stop();
        return largestSince(this.linesBefore);
    }

    /** The samples taken since {@link #start()}. */
    List<Sample> samples() {
        return List.copyOf(this.samples);
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private void stop() throws InterruptedException {
        this.sampling = false;
        if (this.sampler != null) {
            this.sampler.join(60_000);
        }
    }

    private long largestSince(int mark) {
        List<String> lines = lines();
        long largest = 0;
        for (String line : lines.subList(Math.min(mark, lines.size()), lines.size())) {
            Matcher matcher = FULL_GC.matcher(line);
            if (matcher.find()) {
                largest = Math.max(largest, Long.parseLong(matcher.group(1)));
            }
        }
        return largest;
    }

    private void collect() {
        try {
            Process jcmd = new ProcessBuilder("jcmd", Long.toString(this.pid), "GC.run").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
            jcmd.waitFor(30, TimeUnit.SECONDS);
        }
        catch (IOException ex) {
            throw new IllegalStateException("jcmd is needed to sample the heap", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private List<String> lines() {
        try {
            return Files.readAllLines(this.gcLog);
        }
        catch (IOException ex) {
            return List.of();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

}
