package uk.gov.justice.ppg.gateway.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.justice.ppg.routes.error.GatewayException;
import uk.gov.justice.ppg.routes.error.ReplayDetectedException;
import uk.gov.justice.ppg.routes.error.StorageUnavailableException;

/**
 * Signatures seen within their acceptance window, kept in the database so every gateway
 * node shares them. A unique key makes "first one wins" atomic across nodes. If the
 * database is unavailable, nothing is accepted.
 */
public final class ReplayCache {

    private final JdbcTemplate jdbc;

    private final Clock clock;

    public ReplayCache(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records a signature digest until {@code expiresAt}; refuses it if already recorded
     * and not yet expired.
     */
    public void remember(String digest, Instant expiresAt) throws GatewayException {
        try {
            this.jdbc.update("INSERT INTO replay_cache (digest, expires_at) VALUES (?, ?)", digest,
                    Timestamp.from(expiresAt));
        }
        catch (DuplicateKeyException ex) {
            int renewed = this.jdbc.update("UPDATE replay_cache SET expires_at = ? WHERE digest = ? AND expires_at < ?",
                    Timestamp.from(expiresAt), digest, Timestamp.from(this.clock.instant()));
            if (renewed == 0) {
                throw new ReplayDetectedException("signature seen before within its lifetime");
            }
        }
        catch (DataAccessException ex) {
            throw new StorageUnavailableException("replay cache unavailable", ex);
        }
    }

    /** Forgets expired signatures; returns how many. */
    public int purgeExpired() {
        return this.jdbc.update("DELETE FROM replay_cache WHERE expires_at < ?", Timestamp.from(this.clock.instant()));
    }

}
