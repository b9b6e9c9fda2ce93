package uk.gov.justice.ppg.gateway.accept;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code idempotency_key} table: for each agency and Idempotency-Key, the hash of the
 * body first accepted with it and the interchange it became.
 */
final class IdempotencyKeys {

    private final JdbcTemplate jdbc;

    IdempotencyKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What this sender's key was first used for.
     *
     * @param bodySha256 hash of the JSON body accepted with it
     * @param interchangeId the interchange it became
     */
    record Use(String bodySha256, String interchangeId) {
    }

    Optional<Use> find(String sender, String key) {
        return this.jdbc
            .query("SELECT body_sha256, interchange_id FROM idempotency_key WHERE sender = ? AND idempotency_key = ?",
                    (rs, row) -> new Use(rs.getString(1), rs.getString(2)), sender, key)
            .stream()
            .findFirst();
    }

    /**
     * Records a key's first use, in the accepting transaction; a concurrent first use of
     * the same key fails it with a duplicate key.
     */
    void insert(String sender, String key, String bodySha256, String interchangeId, Instant at) {
        this.jdbc.update(
                "INSERT INTO idempotency_key (sender, idempotency_key, body_sha256, interchange_id, "
                        + "created_at) VALUES (?, ?, ?, ?, ?)",
                sender, key, bodySha256, interchangeId, Timestamp.from(at));
    }

}
