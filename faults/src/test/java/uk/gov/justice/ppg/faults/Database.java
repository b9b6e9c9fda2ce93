package uk.gov.justice.ppg.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The local PostgreSQL server the two-node mode shares: commands, and a restart. */
final class Database {

    private Database() {
    }

    /**
     * Restarts the local cluster with {@code pg_ctlcluster} and waits until it answers
     * again; what was done.
     */
    static String restart() throws IOException, InterruptedException {
        List<String> versions;
        try (var entries = Files.list(Path.of("/etc/postgresql"))) {
            versions = entries.map((entry) -> entry.getFileName().toString()).sorted().toList();
        }
        String version = versions.get(versions.size() - 1);
        long started = System.nanoTime();
        if (run("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart", "-m", "fast") != 0) {
            throw new IllegalStateException("pg_ctlcluster " + version + " main restart failed");
        }
        for (int i = 0; i < 60 && run("pg_isready", "-q", "-h", "127.0.0.1", "-p", "5432") != 0; i++) {
            Thread.sleep(500);
        }
        return "cluster " + version + "/main, fast mode, up again after "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms";
    }

    static int run(String... command) throws IOException, InterruptedException {
        return run(ProcessBuilder.Redirect.DISCARD, command);
    }

    /** Runs a command with its output and errors appended to {@code log}. */
    static int runInto(Path log, String... command) throws IOException, InterruptedException {
        return run(ProcessBuilder.Redirect.appendTo(log.toFile()), command);
    }

    private static int run(ProcessBuilder.Redirect output, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

}
