package uk.gov.justice.ppg.gateway.partner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.justice.ppg.gateway.audit.Actor;

/**
 * The versions of the directory in the database (table {@code partner_directory}, owned
 * here): the newest is the directory every node uses.
 */
final class DirectoryStore {

    private static final String COLUMNS = "version, sha256, origin, changed_at, actor_subject, actor_client, reason";

    private final JdbcTemplate jdbc;

    DirectoryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How a version came to be. */
    enum Origin {

        /** Seeded from the file on first start. */
        FILE,

        /** One partner's entry added or changed. */
        CHANGE,

        /** A whole file imported. */
        IMPORT

    }

    /**
     * One version of the directory.
     *
     * @param version its number, from 1
     * @param sha256 hex SHA-256 of the document
     * @param origin how it came to be
     * @param changedAt when it was written
     * @param actor who wrote it (none for the file's seed)
     * @param reason why
     */
    record Version(long version, String sha256, Origin origin, Instant changedAt, Optional<Actor> actor,
            String reason) {
    }

    /** The newest version's number, 0 if there is none. */
    long newest() {
        Long newest = this.jdbc.queryForObject("SELECT MAX(version) FROM partner_directory", Long.class);
        return (newest == null) ? 0 : newest;
    }

    /** A version's document. */
    Optional<String> document(long version) {
        return this.jdbc.queryForList("SELECT document FROM partner_directory WHERE version = ?", String.class, version)
            .stream()
            .findFirst();
    }

    Optional<Version> version(long version) {
        return this.jdbc
            .query("SELECT " + COLUMNS + " FROM partner_directory WHERE version = ?", DirectoryStore::version, version)
            .stream()
            .findFirst();
    }

    /** The newest versions first, without their documents. */
    List<Version> history(int limit) {
        return this.jdbc.query("SELECT " + COLUMNS + " FROM partner_directory ORDER BY version DESC FETCH FIRST "
                + limit + " ROWS ONLY", DirectoryStore::version);
    }

    /**
     * Writes a version; false if another change took its number first (the caller's
     * transaction then holds nothing of it).
     */
    boolean insert(Version version, String document) {
        try {
            this.jdbc.update(
                    "INSERT INTO partner_directory (version, document, " + COLUMNS.substring("version, ".length())
                            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    version.version(), document, version.sha256(), version.origin().name(),
                    Timestamp.from(version.changedAt()), version.actor().map(Actor::subject).orElse(null),
                    version.actor().map(Actor::client).orElse(null), version.reason());
            return true;
        }
        catch (DuplicateKeyException ex) {
            return false;
        }
    }

    private static Version version(ResultSet rs, int row) throws SQLException {
        String subject = rs.getString("actor_subject");
        String client = rs.getString("actor_client");
        return new Version(rs.getLong("version"), rs.getString("sha256"), Origin.valueOf(rs.getString("origin")),
                rs.getTimestamp("changed_at").toInstant(),
                Optional.ofNullable(subject).map((sub) -> new Actor(sub, client)), rs.getString("reason"));
    }

}
