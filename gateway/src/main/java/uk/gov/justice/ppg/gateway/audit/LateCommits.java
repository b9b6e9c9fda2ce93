package uk.gov.justice.ppg.gateway.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Record ids a sealer passed over: ids are handed out at insert, and records commit in
 * another order, so when a pass seals ids 101, 102 and 105, ids 103 and 104 belong to
 * transactions still open (or rolled back). The next passes look for exactly those ids
 * besides the new ones, for a while; after that, only a full sweep would find them.
 */
final class LateCommits {

    /** Longer than any transaction of the gateway's. */
    static final Duration PATIENCE = Duration.ofMinutes(5);

    /** A gap wider than this (ids burnt in bulk) is left to the full sweep. */
    private static final int MAX_AWAITED = 5_000;

    private final Map<Long, Instant> awaited = new LinkedHashMap<>();

    /** The ids to look for, forgetting those awaited longer than {@link #PATIENCE}. */
    synchronized List<Long> awaited(Instant now) {
        this.awaited.values().removeIf((since) -> since.plus(PATIENCE).isBefore(now));
        return new ArrayList<>(this.awaited.keySet());
    }

    /**
     * A pass sealed {@code sealed} and moved the highest sealed id from {@code before} to
     * {@code after}: the ids between that it did not seal are now awaited.
     */
    synchronized void passed(long before, long after, Collection<Long> sealed, Instant now) {
        Set<Long> done = new HashSet<>(sealed);
        for (Iterator<Long> ids = this.awaited.keySet().iterator(); ids.hasNext();) {
            if (done.contains(ids.next())) {
                ids.remove();
            }
        }
        for (long id = before + 1; id < after && this.awaited.size() < MAX_AWAITED; id++) {
            if (!done.contains(id)) {
                this.awaited.putIfAbsent(id, now);
            }
        }
    }

}
