package uk.gov.justice.ppg.gateway.memory;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bytes of large payloads this node may hold at once, intake and delivery together. A
 * payload at or over {@code threshold} holds its size (in KiB) while it is read, verified
 * and stored, or rendered and sent; smaller ones hold nothing, since the partner limits
 * already bound them. The heap they cost is the budget times the heap factor measured per
 * shape (docs/benchmarks.md). A payload larger than the whole budget holds all of it, so
 * it passes alone.
 */
public final class PayloadBudget {

    private static final Hold NOTHING = () -> {
    };

    private final long threshold;

    private final int kibibytes;

    private final Semaphore room;

    public PayloadBudget(long threshold, long bytes) {
        if (threshold <= 0 || bytes < threshold) {
            throw new IllegalArgumentException("a budget of " + bytes + " bytes cannot hold one payload of " + threshold
                    + " (the large-payload threshold)");
        }
        this.threshold = threshold;
        this.kibibytes = (int) Math.min(Integer.MAX_VALUE, bytes / 1024);
        this.room = new Semaphore(this.kibibytes, true);
    }

    /**
     * A hold on room for a payload of {@code size} bytes, or null if there is none now.
     */
    public Hold tryHold(long size) {
        if (size < this.threshold) {
            return NOTHING;
        }
        int permits = permits(size);
        return this.room.tryAcquire(permits) ? () -> this.room.release(permits) : null;
    }

    /**
     * Waits until a payload of {@code size} bytes would fit, without holding anything:
     * the caller then lets go of what it had loaded, waits, and tries again.
     */
    public void awaitRoom(long size, long timeoutMillis) throws InterruptedException {
        int permits = permits(size);
        if (this.room.tryAcquire(permits, timeoutMillis, TimeUnit.MILLISECONDS)) {
            this.room.release(permits);
        }
    }

    /** Bytes held now. */
    public long heldBytes() {
        return (this.kibibytes - (long) this.room.availablePermits()) * 1024;
    }

    public long capacityBytes() {
        return this.kibibytes * 1024L;
    }

    private int permits(long size) {
        return (int) Math.min(this.kibibytes, Math.max(1, (size + 1023) / 1024));
    }

    /** Room held for one payload; closing gives it back. */
    @FunctionalInterface
    public interface Hold extends AutoCloseable {

        @Override
        void close();

    }

}
