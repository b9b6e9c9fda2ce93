package uk.gov.justice.ppg.tools.cluster;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A standalone Apache Artemis broker from the distribution on Maven Central: a fresh
 * instance ({@code artemis create}, loopback only, login required, a port offset so that
 * it never meets another broker's default ports) carrying the gateway's address settings,
 * run as a process of its own that can be stopped, killed and started again on the same
 * journal.
 */
public final class StandaloneBroker implements AutoCloseable {

    private final Path instance;

    private final int port;

    private final String password;

    private Process process;

    private StandaloneBroker(Path instance, int port, String password) {
        this.instance = instance;
        this.port = port;
        this.password = password;
    }

    /**
     * Creates the instance in {@code instance} from the unpacked distribution, listening
     * on 61616 + {@code portOffset}.
     */
    public static StandaloneBroker create(Path distribution, Path instance, int portOffset, Path settings)
            throws IOException, InterruptedException {
        return create(distribution, instance, portOffset, settings, UUID.randomUUID().toString(), List.of());
    }

    /**
     * A live/backup pair on a shared store ({@code pair/shared}): the live broker listens
     * on 61616 + {@code liveOffset}, the backup on 61616 + {@code backupOffset}, and each
     * knows the other's address. Killing the live broker hands its journal, and the
     * clients, to the backup.
     */
    public static List<StandaloneBroker> createPair(Path distribution, Path pair, int liveOffset, int backupOffset,
            Path settings) throws IOException, InterruptedException {
        String password = UUID.randomUUID().toString();
        String shared = pair.resolve("shared").toAbsolutePath().toString();
        List<String> common = List.of("--shared-store", "--failover-on-shutdown", "--clustered", "--cluster-user",
                "gateway-cluster", "--cluster-password", password, "--data", shared);
        StandaloneBroker live = create(distribution, pair.resolve("live"), liveOffset, settings, password,
                concat(common, "--staticCluster", "tcp://127.0.0.1:" + (61616 + backupOffset)));
        StandaloneBroker backup = create(distribution, pair.resolve("backup"), backupOffset, settings, password,
                concat(common, "--staticCluster", "tcp://127.0.0.1:" + (61616 + liveOffset), "--backup"));
        return List.of(live, backup);
    }

    /** The client URL of a pair: either member, failing over between them. */
    public static String pairUrl(List<StandaloneBroker> pair) {
        return "(tcp://127.0.0.1:" + pair.get(0).port + ",tcp://127.0.0.1:" + pair.get(1).port
                + ")?ha=true&reconnectAttempts=-1&retryInterval=500&callTimeout=10000";
    }

    private static StandaloneBroker create(Path distribution, Path instance, int portOffset, Path settings,
            String password, List<String> options) throws IOException, InterruptedException {
        StandaloneBroker broker = new StandaloneBroker(instance.toAbsolutePath(), 61616 + portOffset, password);
        List<String> command = new ArrayList<>(List.of(distribution.resolve("bin/artemis").toAbsolutePath().toString(),
                "create", broker.instance.toString(), "--user", broker.user(), "--password", broker.password,
                "--require-login", "--host", "127.0.0.1", "--silent", "--no-web", "--no-autotune", "--port-offset",
                String.valueOf(portOffset)));
        command.addAll(options);
        broker.run(command);
        BrokerSettings.apply(broker.instance, settings);
        return broker;
    }

    private static List<String> concat(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    /** The client URL: reconnects for ever, and bounds each blocking call. */
    public String url() {
        return "tcp://127.0.0.1:" + this.port + "?reconnectAttempts=-1&retryInterval=500&callTimeout=10000";
    }

    public String user() {
        return "gateway";
    }

    public String password() {
        return this.password;
    }

    public Path instance() {
        return this.instance;
    }

    /** Starts the broker and waits until it listens (a minute at most). */
    public void start() throws IOException, InterruptedException {
        launch();
        awaitListening(Duration.ofSeconds(60));
    }

    /**
     * Starts the broker process without waiting (a backup listens only once it is live).
     */
    public void launch() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(this.instance.resolve("bin/artemis").toString(), "run")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(this.instance.resolve("run.log").toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        this.process = builder.start();
    }

    /** Waits until the broker accepts connections. */
    public void awaitListening(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!listening()) {
            if (!this.process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("standalone Artemis did not start: see " + this.instance);
            }
            Thread.sleep(200);
        }
    }

    /**
     * A graceful stop (SIGTERM): the journal is closed cleanly, as in a planned restart.
     */
    public void stop() throws InterruptedException {
        if (this.process != null && this.process.isAlive()) {
            this.process.destroy();
            this.process.waitFor(60, TimeUnit.SECONDS);
        }
    }

    /** SIGKILL, as a crashed broker host. */
    public void kill() throws InterruptedException {
        if (this.process != null && this.process.isAlive()) {
            this.process.destroyForcibly();
            this.process.waitFor();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", this.port), 200);
            return true;
        }
        catch (IOException ex) {
            return false;
        }
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process created = builder.start();
        if (!created.waitFor(120, TimeUnit.SECONDS) || created.exitValue() != 0) {
            throw new IllegalStateException("artemis " + command.get(1) + " failed");
        }
    }

}
