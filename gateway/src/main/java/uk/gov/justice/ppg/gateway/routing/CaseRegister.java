package uk.gov.justice.ppg.gateway.routing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case-responsibility register: CRN to responsible provider, persisted, shared by
 * every node.
 */
public class CaseRegister {

    private final JdbcTemplate jdbc;

    public CaseRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Responsibility> find(String crn) {
        List<Responsibility> found = this.jdbc.query(
                "SELECT crn, provider, previous_provider, changed_at FROM case_responsibility WHERE crn = ?",
                (rs, row) -> new Responsibility(rs.getString(1), rs.getString(2), Optional.ofNullable(rs.getString(3)),
                        rs.getTimestamp(4).toInstant()),
                crn);
        return found.stream().findFirst();
    }

    /**
     * Records a change inside the caller's transaction. A transfer keeps the provider it
     * replaces as the previous one; an allocation to the provider already responsible
     * changes nothing.
     */
    public void apply(ResponsibilityChange change, String interchangeId, Instant at) {
        int inserted = this.jdbc.update(
                "INSERT INTO case_responsibility (crn, provider, changed_at, interchange_id) "
                        + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                change.crn(), change.provider(), Timestamp.from(at), interchangeId);
        if (inserted == 1) {
            return;
        }
        Optional<Responsibility> current = find(change.crn());
        if (current.isEmpty()) {
            return;
        }

        if (current.get().provider().equals(change.provider())) {
            return;
        }
        this.jdbc.update(
                "UPDATE case_responsibility SET provider = ?, previous_provider = ?, changed_at = ?, "
                        + "interchange_id = ? WHERE crn = ?",
                change.provider(), current.get().provider(), Timestamp.from(at), interchangeId, change.crn());
    }

    /** What importing one case did to the register. */
    public enum Imported {

        /** The register did not know the case. */
        ADDED,

        /** The register knew it from before {@code since}: the import is newer. */
        UPDATED,

        /** The register knew it from {@code since} or later: what it knows is newer. */
        KEPT

    }

    /**
     * Records a case known elsewhere (nDelius) inside the caller's transaction:
     * responsible provider {@code provider} since {@code since}. The newer knowledge
     * wins; a provider it replaces becomes the previous one.
     */
    public Imported importCase(String crn, String provider, Instant since) {
        Optional<Responsibility> current = find(crn);
        if (current.isEmpty()) {
            this.jdbc.update("INSERT INTO case_responsibility (crn, provider, changed_at) VALUES (?, ?, ?)", crn,
                    provider, Timestamp.from(since));
            return Imported.ADDED;
        }
        if (!current.get().changedAt().isBefore(since)) {
            return Imported.KEPT;
        }
        String previous = current.get().provider().equals(provider) ? current.get().previousProvider().orElse(null)
                : current.get().provider();
        this.jdbc.update("UPDATE case_responsibility SET provider = ?, previous_provider = ?, changed_at = ?, "
                + "interchange_id = NULL WHERE crn = ?", provider, previous, Timestamp.from(since), crn);
        return Imported.UPDATED;
    }

}
