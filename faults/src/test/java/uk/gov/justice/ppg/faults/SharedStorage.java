package uk.gov.justice.ppg.faults;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import uk.gov.justice.ppg.tools.cluster.StandaloneBroker;

/**
 * What the nodes of the production topology share: a fresh schema on the local PostgreSQL
 * server, and a live/backup pair of standalone Artemis brokers on a shared store (Maven
 * Central's distribution, on a random port offset). Closing it stops the brokers and
 * drops the schema.
 */
final class SharedStorage implements AutoCloseable {

    private final String schema = "ppg_faults_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    private final List<StandaloneBroker> brokers;

    private SharedStorage(List<StandaloneBroker> brokers) {
        this.brokers = brokers;
    }

    /**
     * Creates the pair under {@code work} and starts it: the live broker, then the
     * backup.
     */
    static SharedStorage start(Path work) throws Exception {
        int offset = 1 + ThreadLocalRandom.current().nextInt(3900);
        SharedStorage storage = new SharedStorage(StandaloneBroker.createPair(
                Path.of(System.getProperty("faults.artemis")), work.resolve("brokers-" + UUID.randomUUID()), offset,
                offset + 1, Path.of(System.getProperty("faults.broker-settings"))));
        storage.brokers.get(0).start();
        storage.brokers.get(1).launch();
        return storage;
    }

    /** A node's settings for the schema and the pair. */
    Map<String, String> environment() {
        return Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + this.schema,
                "SPRING_DATASOURCE_USERNAME", "postgres", "SPRING_DATASOURCE_PASSWORD", "", "SPRING_FLYWAY_SCHEMAS",
                this.schema, "SPRING_FLYWAY_DEFAULT_SCHEMA", this.schema, "SPRING_ARTEMIS_MODE", "native",
                "SPRING_ARTEMIS_EMBEDDED_ENABLED", "false", "SPRING_ARTEMIS_BROKER_URL",
                StandaloneBroker.pairUrl(this.brokers), "SPRING_ARTEMIS_USER", this.brokers.get(0).user(),
                "SPRING_ARTEMIS_PASSWORD", this.brokers.get(0).password());
    }

    /**
     * Kills the live broker with SIGKILL and waits until the backup has taken over; how
     * long that took.
     */
    Duration failOver(Duration atMost) throws InterruptedException {
        long killed = System.nanoTime();
        this.brokers.get(0).kill();
        this.brokers.get(1).awaitListening(atMost);
        return Duration.ofNanos(System.nanoTime() - killed);
    }

    /**
     * Writes to {@code into} what the shared schema holds about the interchanges with
     * these sender control references: their deliveries, the ISNs issued for them and
     * their deliveries, their audit records, and the node runs. For a broken promise,
     * before the schema is dropped.
     */
    void describe(List<String> references, Path into) throws IOException, InterruptedException {
        String listed = references.stream()
            .filter((reference) -> reference.matches("[0-9A-Za-z]+"))
            .map((reference) -> "'" + reference + "'")
            .collect(Collectors.joining(","));
        if (listed.isEmpty()) {
            return;
        }
        String sql = "SET search_path TO " + this.schema + ";"
                + "SELECT i.origin, i.sender_control_ref, i.receiver_control_ref, i.id, d.id AS delivery, d.state, "
                + "d.queued_by, d.claimed_by, d.claimed_until, d.attempts, d.last_error, d.created_at, d.completed_at "
                + "FROM interchange i LEFT JOIN delivery d ON d.interchange_id = i.id WHERE i.sender_control_ref IN ("
                + listed + ") OR i.receiver_control_ref IN (" + listed + ") ORDER BY i.received_at;"
                + "SELECT id, recorded_at, node_id, event, outcome, reason_code, interchange_id, delivery_id, "
                + "sender_control_ref, receiver_control_ref FROM audit_record WHERE sender_control_ref IN (" + listed
                + ") OR receiver_control_ref IN (" + listed + ") ORDER BY id;"
                + "SELECT * FROM node_run ORDER BY beat_at;";
        Database.runInto(into, "psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-c", sql);
    }

    @Override
    public void close() throws Exception {
        for (StandaloneBroker broker : this.brokers) {
            broker.stop();
        }
        Database.run("psql", "-q", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-c",
                "DROP SCHEMA IF EXISTS " + this.schema + " CASCADE");
    }

}
