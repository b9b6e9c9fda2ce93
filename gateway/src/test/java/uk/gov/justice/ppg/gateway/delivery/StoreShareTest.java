package uk.gov.justice.ppg.gateway.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * However many consumers call the store at once, no more than the share's connections are
 * in use together, and every call runs.
 */
class StoreShareTest {

    @Test
    void thirtyTwoConsumersHoldNoMoreThanTheirShareOfConnections() throws Exception {
        StoreShare share = new StoreShare(8);
        AtomicInteger inUse = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService consumers = Executors.newFixedThreadPool(32);
        List<Future<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 320; i++) {
            int call = i;
            calls.add(consumers.submit(() -> share.use(() -> {
                most.accumulateAndGet(inUse.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(2);
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
                inUse.decrementAndGet();
                return call;
            })));
        }
        int sum = 0;
        for (Future<Integer> result : calls) {
            sum += result.get(30, TimeUnit.SECONDS);
        }
        consumers.shutdown();
        assertThat(sum).as("every call ran once").isEqualTo(319 * 320 / 2);
        assertThat(most.get()).as("connections in use at once").isBetween(2, 8);
    }

}
