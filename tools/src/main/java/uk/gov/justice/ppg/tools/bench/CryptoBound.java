package uk.gov.justice.ppg.tools.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import uk.gov.justice.ppg.certs.PkiLayout;

/**
 * RSA-2048 SHA256withRSA signatures with the gateway's own signing key, one thread per
 * core: how many a second the machine makes (the crypto bound), and the CPU time each
 * takes, read from the signing threads' own CPU clocks. The CPU time is what the
 * gateway's CPU per interchange is set against: unlike signatures per wall-clock second
 * it does not move with what else the shared cores run at the time.
 */
final class CryptoBound {

    private CryptoBound() {
    }

    /**
     * One measurement.
     *
     * @param perSecond signatures a second on all cores
     * @param cpuMillis CPU milliseconds per signature
     */
    record Measured(double perSecond, double cpuMillis) {
    }

    static Measured measure(PkiLayout pki, Duration duration) throws Exception {
        PrivateKey key = signingKey(pki);
        byte[] data = new byte[512];
        measure(key, data, Duration.ofSeconds(2));
        return measure(key, data, duration);
    }

    /**
     * Starts signing a few times a second on a thread of its own, while the gateway
     * works, so that the signatures' CPU is measured under the same contention as the
     * gateway's own.
     */
    static Probe probe(PkiLayout pki) throws Exception {
        Probe probe = new Probe(signingKey(pki));
        probe.thread.start();
        return probe;
    }

    private static PrivateKey signingKey(PkiLayout pki) throws Exception {
        KeyStore store = pki.load(pki.keyStore("gateway-signing"));
        return (PrivateKey) store.getKey(store.aliases().nextElement(), pki.password());
    }

    /** Two signatures every 100 ms, their CPU time summed, until stopped. */
    static final class Probe {

        private final Thread thread;

        private volatile boolean running = true;

        private long signatures;

        private long cpuNanos;

        private Probe(PrivateKey key) {
            this.thread = new Thread(() -> sample(key), "signature-probe");
            this.thread.setDaemon(true);
        }

        private void sample(PrivateKey key) {
            ThreadMXBean clocks = ManagementFactory.getThreadMXBean();
            byte[] data = new byte[512];
            try {
                Signature signature = Signature.getInstance("SHA256withRSA");
                while (this.running) {
                    long start = clocks.getCurrentThreadCpuTime();
                    for (int i = 0; i < 2; i++) {
                        signature.initSign(key);
                        signature.update(data);
                        signature.sign();
                    }
                    this.cpuNanos += clocks.getCurrentThreadCpuTime() - start;
                    this.signatures += 2;
                    Thread.sleep(100);
                }
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        }

        /** Stops it; the CPU milliseconds per signature while it ran. */
        double stop() throws InterruptedException {
            this.running = false;
            this.thread.join();
            return this.cpuNanos / 1e6 / this.signatures;
        }

        long signatures() {
            return this.signatures;
        }

    }

    private static Measured measure(PrivateKey key, byte[] data, Duration duration) throws InterruptedException {
        int threads = Runtime.getRuntime().availableProcessors();
        ThreadMXBean clocks = ManagementFactory.getThreadMXBean();
        AtomicLong signatures = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(() -> {
                try {
                    Signature signature = Signature.getInstance("SHA256withRSA");
                    long cpuStart = clocks.getCurrentThreadCpuTime();
                    while (System.nanoTime() < end) {
                        signature.initSign(key);
                        signature.update(data);
                        signature.sign();
                        signatures.incrementAndGet();
                    }
                    cpuNanos.addAndGet(clocks.getCurrentThreadCpuTime() - cpuStart);
                }
                catch (Exception ex) {
                    throw new IllegalStateException(ex);
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return new Measured(signatures.get() / (duration.toNanos() / 1e9), cpuNanos.get() / 1e6 / signatures.get());
    }

}
