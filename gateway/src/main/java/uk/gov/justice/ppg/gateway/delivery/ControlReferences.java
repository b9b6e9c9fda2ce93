package uk.gov.justice.ppg.gateway.delivery;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.justice.ppg.gateway.ids.GatewayControlReferences;

/**
 * Control references for what the gateway itself sends (status notifications, pings, and
 * the interchanges it writes for agencies from their JSON), one sequence per identity it
 * sends them in: the receiver an ISN answers for, the hub a ping comes from. The store's
 * uniqueness is by sender, so keyed that way two ISNs in one name can never share a
 * reference. Each number is written in the gateway's own range
 * ({@link GatewayControlReferences}), so it never meets a partner's numbering. Each node
 * takes a block in a transaction of its own: references never repeat across restarts or
 * nodes; a block unused at shutdown leaves a gap, never a repeat. The next block is
 * reserved ahead, on a thread of its own, once half of the current one is used: a caller
 * inside a transaction of its own then rarely needs a second pooled connection, which,
 * with many consumers finishing at once, could be the one the pool no longer has.
 */
public class ControlReferences {

    private static final int BLOCK = 50;

    private final JdbcTemplate jdbc;

    private final TransactionTemplate newTransaction;

    private final Map<String, Block> blocks = new ConcurrentHashMap<>();

    private final ExecutorService ahead = Executors.newSingleThreadExecutor((task) -> {
        Thread thread = new Thread(task, "control-reference-blocks");
        thread.setDaemon(true);
        return thread;
    });

    ControlReferences(JdbcTemplate jdbc, TransactionTemplate newTransaction) {
        this.jdbc = jdbc;
        this.newTransaction = newTransaction;
    }

    /**
     * The next control reference for what the gateway sends in the name {@code issuedAs}.
     */
    public String next(String issuedAs) {
        Block block = this.blocks.computeIfAbsent(issuedAs, (key) -> new Block());
        synchronized (block) {
            if (block.next >= block.end) {
                long end = nextBlock(block, issuedAs);
                block.next = end - BLOCK;
                block.end = end;
            }
            if (block.reserved == null && block.end - block.next <= BLOCK / 2) {
                block.reserved = CompletableFuture.supplyAsync(() -> reserve(issuedAs), this.ahead);
            }
            return GatewayControlReferences.format(block.next++);
        }
    }

    /**
     * The high end of the block reserved ahead, or of one reserved now if none was (or
     * reserving ahead failed).
     */
    private long nextBlock(Block block, String issuedAs) {
        CompletableFuture<Long> reserved = block.reserved;
        block.reserved = null;
        if (reserved != null) {
            try {
                return reserved.join();
            }
            catch (CompletionException ex) {
                // the store was unreachable then: try again now, failing as any caller
                // would
            }
        }
        return reserve(issuedAs);
    }

    /**
     * Moves the party's sequence on by a block, returning the new high end (exclusive).
     */
    private long reserve(String party) {
        Long end = this.newTransaction.execute((status) -> {
            this.jdbc.update("INSERT INTO control_reference_sequence (party, next_value) VALUES (?, 1) "
                    + "ON CONFLICT DO NOTHING", party);
            this.jdbc.update("UPDATE control_reference_sequence SET next_value = next_value + ? WHERE party = ?", BLOCK,
                    party);
            return this.jdbc.queryForObject("SELECT next_value FROM control_reference_sequence WHERE party = ?",
                    Long.class, party);
        });
        if (end == null) {
            throw new IllegalStateException("no control reference sequence for " + party);
        }
        return end;
    }

    /** The references this node may hand out next for one party: [next, end). */
    private static final class Block {

        private long next;

        private long end;

        private CompletableFuture<Long> reserved;

    }

}
