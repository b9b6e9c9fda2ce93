package uk.gov.justice.ppg.gateway.readiness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Checks the database, the broker and the free space of the data directory, each within a
 * bound, on threads of its own, and keeps the last result. A check that does not answer
 * within the bound counts as down.
 */
final class StorageProbe implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StorageProbe.class);

    private static final Duration BOUND = Duration.ofSeconds(2);

    private final JdbcTemplate jdbc;

    private final ConnectionFactory broker;

    private final Path dataDirectory;

    private final Clock clock;

    private final ExecutorService checks = Executors.newCachedThreadPool((task) -> {
        Thread thread = new Thread(task, "storage-probe");
        thread.setDaemon(true);
        return thread;
    });

    private volatile StorageState state;

    StorageProbe(JdbcTemplate jdbc, ConnectionFactory broker, Path dataDirectory, Clock clock) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setQueryTimeout((int) BOUND.toSeconds());
        this.broker = broker;
        this.dataDirectory = dataDirectory;
        this.clock = clock;
        this.state = StorageState.unknown(clock.instant());
    }

    StorageState state() {
        return this.state;
    }

    void probe() {
        StorageState previous = this.state;
        StorageState next = new StorageState(within(this::database), within(this::broker), freeSpace(),
                this.clock.instant());
        this.state = next;
        if (previous.database() != next.database() || previous.broker() != next.broker()) {
            LOG.info("storage now: database {}, broker {}", next.database() ? "up" : "DOWN",
                    next.broker() ? "up" : "DOWN");
        }
    }

    private boolean database() {
        return Integer.valueOf(1).equals(this.jdbc.queryForObject("SELECT 1", Integer.class));
    }

    /**
     * A connection of the broker's own client ({@link BrokerClient}), opened and closed.
     */
    private boolean broker() throws Exception {
        try (Connection connection = this.broker.createConnection()) {
            connection.start();
            return true;
        }
    }

    private long freeSpace() {
        try {
            Files.createDirectories(this.dataDirectory);
            return Files.getFileStore(this.dataDirectory).getUsableSpace();
        }
        catch (IOException ex) {
            return 0;
        }
    }

    private boolean within(Callable<Boolean> check) {
        Future<Boolean> result = this.checks.submit(check);
        try {
            return result.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
        catch (Exception ex) {
            result.cancel(true);
            return false;
        }
    }

    @Override
    public void close() {
        this.checks.shutdownNow();
    }

}
