package uk.gov.justice.ppg.gateway.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;

import uk.gov.justice.ppg.tools.cluster.BrokerSettings;

/**
 * The standalone Apache Artemis broker from Maven Central (unpacked into
 * {@code target/artemis-dist} by the build), created as a fresh instance with the
 * gateway's address settings, run as its own process, and stopped and started again as a
 * test needs.
 */
public final class StandaloneArtemis implements AutoCloseable {

    private static final Path DISTRIBUTION = Path.of("target", "artemis-dist", "apache-artemis-2.44.0");

    private final Path instance;

    private final int port;

    private final String password = UUID.randomUUID().toString();

    private Process process;

    private StandaloneArtemis(Path instance, int port) {
        this.instance = instance;
        this.port = port;
    }

    public static StandaloneArtemis create() throws IOException, InterruptedException {
        // 61617 to 65516: above Linux's ephemeral port range, within the port limit
        int offset = 1 + ThreadLocalRandom.current().nextInt(3900);
        Path instance = Path.of("target", "it-data", "broker-" + UUID.randomUUID()).toAbsolutePath();
        StandaloneArtemis broker = new StandaloneArtemis(instance, 61616 + offset);
        broker.run(List.of(DISTRIBUTION.resolve("bin/artemis").toAbsolutePath().toString(), "create",
                instance.toString(), "--user", "gateway", "--password", broker.password, "--require-login", "--host",
                "127.0.0.1", "--silent", "--no-web", "--no-autotune", "--port-offset", String.valueOf(offset)));
        broker.applyGatewaySettings();
        return broker;
    }

    public String url() {
        return "tcp://127.0.0.1:" + this.port + "?reconnectAttempts=-1&retryInterval=500";
    }

    public String user() {
        return "gateway";
    }

    public String password() {
        return this.password;
    }

    public void start() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(this.instance.resolve("bin/artemis").toString(), "run")
            .redirectErrorStream(true)
            .redirectOutput(this.instance.resolve("run.log").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        this.process = builder.start();
        Awaitility.await("standalone Artemis listening (see " + this.instance + ")")
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(200))
            .until(() -> listening() || !this.process.isAlive());
        if (!listening()) {
            throw new IllegalStateException("standalone Artemis did not start: see " + this.instance);
        }
    }

    /**
     * A graceful stop (SIGTERM): the journal is closed cleanly, as in a planned broker
     * restart.
     */
    public void stop() throws InterruptedException {
        if (this.process != null && this.process.isAlive()) {
            this.process.destroy();
            this.process.waitFor(60, TimeUnit.SECONDS);
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

    /** The gateway's address settings, as ./cluster applies them. */
    private void applyGatewaySettings() throws IOException {
        BrokerSettings.apply(this.instance, Path.of("..", "config", "artemis", "gateway-broker-settings.xml"));
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
