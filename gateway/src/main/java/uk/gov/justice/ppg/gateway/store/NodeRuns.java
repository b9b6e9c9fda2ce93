package uk.gov.justice.ppg.gateway.store;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code node_run} table: this run of this node, beating every few seconds. A run
 * ends when it stops beating, when its node starts again (the new run supersedes it), or
 * at an orderly stop. Deliveries remember the run that queued them ({@code queued_by}):
 * while it lives, their queue messages are in the broker.
 */
public final class NodeRuns {

    private final JdbcTemplate jdbc;

    private final String nodeId;

    private final String runId;

    private final Duration stale;

    public NodeRuns(JdbcTemplate jdbc, String nodeId, Duration stale) {
        this.jdbc = jdbc;
        this.nodeId = nodeId;
        this.runId = nodeId + "/" + UUID.randomUUID();
        this.stale = stale;
    }

    public String runId() {
        return this.runId;
    }

    /** Starts this run, ending every earlier run of the same node. */
    public void begin(Instant now) {
        this.jdbc.update("DELETE FROM node_run WHERE node_id = ?", this.nodeId);
        this.jdbc.update("INSERT INTO node_run (run_id, node_id, started_at, beat_at) VALUES (?, ?, ?, ?)", this.runId,
                this.nodeId, Timestamp.from(now), Timestamp.from(now));
    }

    /** This run is alive; begins it again if another node's sweep had given it up. */
    public void beat(Instant now) {
        if (this.jdbc.update("UPDATE node_run SET beat_at = ? WHERE run_id = ?", Timestamp.from(now),
                this.runId) == 0) {
            this.jdbc.update("INSERT INTO node_run (run_id, node_id, started_at, beat_at) VALUES (?, ?, ?, ?)",
                    this.runId, this.nodeId, Timestamp.from(now), Timestamp.from(now));
        }
    }

    /** An orderly stop: others need not wait for this run to go stale. */
    public void end() {
        this.jdbc.update("DELETE FROM node_run WHERE run_id = ?", this.runId);
    }

    /** Runs that stopped beating before this are over. */
    Instant liveSince(Instant now) {
        return now.minus(this.stale);
    }

}
