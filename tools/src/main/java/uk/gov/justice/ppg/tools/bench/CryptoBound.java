package uk.gov.justice.ppg.tools.bench;

import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import uk.gov.justice.ppg.certs.PkiLayout;

/**
 * RSA-2048 SHA256withRSA signatures per second with the gateway's own signing key, one
 * thread per core.
 */
final class CryptoBound {

    private CryptoBound() {
    }

    static double signaturesPerSecond(PkiLayout pki, Duration duration) throws Exception {
        KeyStore store = pki.load(pki.keyStore("gateway-signing"));
        PrivateKey key = (PrivateKey) store.getKey(store.aliases().nextElement(), pki.password());
        byte[] data = new byte[512];
        measure(key, data, Duration.ofSeconds(2));
        return measure(key, data, duration);
    }

    private static double measure(PrivateKey key, byte[] data, Duration duration) throws InterruptedException {
        int threads = Runtime.getRuntime().availableProcessors();
        AtomicLong signatures = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(() -> {
                try {
                    Signature signature = Signature.getInstance("SHA256withRSA");
                    while (System.nanoTime() < end) {
                        signature.initSign(key);
                        signature.update(data);
                        signature.sign();
                        signatures.incrementAndGet();
                    }
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
        return signatures.get() / (duration.toNanos() / 1e9);
    }

}
