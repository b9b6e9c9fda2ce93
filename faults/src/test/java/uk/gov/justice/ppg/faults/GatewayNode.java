package uk.gov.justice.ppg.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The gateway as operators run it, from its extracted jar with a class-data-sharing
 * archive ({@link StartupArchive}), on its embedded default (H2 and embedded Artemis
 * under its data directory), in a process of its own that the suite can kill with
 * SIGKILL, freeze with SIGSTOP and start again.
 */
final class GatewayNode {

    private final StartupArchive application;

    private final Map<String, String> environment;

    private final Path log;

    private final int managementPort;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Process process;

    private int starts;

    GatewayNode(StartupArchive application, Map<String, String> environment, Path log, int managementPort) {
        this.application = application;
        this.environment = Map.copyOf(environment);
        this.log = log;
        this.managementPort = managementPort;
    }

    void start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(List.of(javaBinary(), "-Xmx768m", "-XX:+UseSerialGC",
                "-XX:SharedArchiveFile=" + this.application.archive(), "-jar", this.application.jar().toString()));
        builder.environment().putAll(this.environment);
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()));
        Files.writeString(this.log, "==== start " + (++this.starts) + System.lineSeparator(), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        this.process = builder.start();
    }

    /** Waits until readiness answers UP; the time it took. */
    Duration awaitReady(Duration atMost) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            if (!this.process.isAlive()) {
                throw new IllegalStateException(
                        "the gateway exited with " + this.process.exitValue() + "; see " + this.log);
            }
            if (ready()) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the gateway was not ready within " + atMost + "; see " + this.log);
    }

    boolean ready() {
        try {
            HttpResponse<String> response = this.http.send(HttpRequest
                .newBuilder(URI.create("http://127.0.0.1:" + this.managementPort + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2))
                .build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        }
        catch (IOException ex) {
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL: no shutdown hook, no flush, nothing. */
    void kill() throws InterruptedException {
        this.process.destroyForcibly();
        this.process.waitFor();
    }

    void signal(String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(this.process.pid())).start();
        if (kill.waitFor() != 0) {
            throw new IOException("kill -" + signal + " failed");
        }
    }

    /** SIGTERM, then waits for the orderly shutdown. */
    void stop() throws InterruptedException {
        if (this.process != null && this.process.isAlive()) {
            this.process.destroy();
            if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    /**
     * Stops the node and exports its whole audit log to {@code file} with the jar's
     * {@code export-audit} command, as an auditor working from the database would; the
     * command's exit code.
     */
    int exportAudit(Path file) throws IOException, InterruptedException {
        stop();
        ProcessBuilder builder = new ProcessBuilder(
                List.of(javaBinary(), "-jar", this.application.jar().toString(), "export-audit", file.toString()));
        builder.environment().putAll(this.environment);
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()));
        Process export = builder.start();
        if (!export.waitFor(2, TimeUnit.MINUTES)) {
            export.destroyForcibly();
            return -1;
        }
        return export.exitValue();
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

}
