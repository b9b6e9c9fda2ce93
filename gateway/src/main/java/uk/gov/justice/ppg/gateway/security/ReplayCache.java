package uk.gov.justice.ppg.gateway.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;

/**
 * Signatures accepted within their acceptance window, kept in the database so every
 * gateway node shares them. Verification refuses a signature recorded and not expired;
 * acceptance records it in the same transaction as the interchange, where a unique key
 * makes "first one wins" atomic across nodes: a copy racing the first fails that
 * transaction with a duplicate key and is then refused as a replay. A signature on a
 * request that was refused is not recorded, so resending it gets the same refusal again,
 * or is accepted once the refusal's cause (an unavailable store, say) has gone. If the
 * database is unavailable, nothing is accepted.
 */
public final class ReplayCache {

    private final JdbcTemplate jdbc;

    private final Clock clock;

    public ReplayCache(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Refuses a signature accepted before and not yet expired. */
    public void check(String digest) throws GatewayException {
        if (seen(digest)) {
            throw new GatewayException(GatewayErrorCode.REPLAY_DETECTED, "signature seen before within its lifetime");
        }
    }

    /** Whether a signature was accepted before and has not expired. */
    public boolean seen(String digest) throws GatewayException {
        try {
            List<Timestamp> until = this.jdbc.queryForList("SELECT expires_at FROM replay_cache WHERE digest = ?",
                    Timestamp.class, digest);
            return !until.isEmpty() && !until.get(0).toInstant().isBefore(this.clock.instant());
        }
        catch (DataAccessException ex) {
            throw new GatewayException(GatewayErrorCode.STORAGE_UNAVAILABLE, "replay cache unavailable", ex);
        }
    }

    /**
     * Records an accepted signature until {@code expiresAt}, in the caller's transaction,
     * replacing an expired record of it. Throws a
     * {@link org.springframework.dao.DuplicateKeyException} if another transaction
     * recorded it first.
     */
    public void record(String digest, Instant expiresAt) {
        this.jdbc.update("DELETE FROM replay_cache WHERE digest = ? AND expires_at < ?", digest,
                Timestamp.from(this.clock.instant()));
        this.jdbc.update("INSERT INTO replay_cache (digest, expires_at) VALUES (?, ?)", digest,
                Timestamp.from(expiresAt));
    }

    /** Forgets a signature whose acceptance was undone, in the caller's transaction. */
    public void forget(String digest) {
        this.jdbc.update("DELETE FROM replay_cache WHERE digest = ?", digest);
    }

    /** Forgets expired signatures; returns how many. */
    public int purgeExpired() {
        return this.jdbc.update("DELETE FROM replay_cache WHERE expires_at < ?", Timestamp.from(this.clock.instant()));
    }

}
