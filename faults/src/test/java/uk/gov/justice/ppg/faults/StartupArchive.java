package uk.gov.justice.ppg.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import uk.gov.justice.ppg.certs.PkiLayout;

/**
 * The gateway as docs/runbook.md tells operators to start it quickly: the executable jar
 * extracted (Spring Boot's {@code -Djarmode=tools extract}: classes load from plain jars
 * rather than from jars nested in one) and a class-data-sharing archive made by one
 * training run that stops once the context has refreshed. The node then starts with
 * {@code -XX:SharedArchiveFile}.
 *
 * @param jar the extracted application jar
 * @param archive the class-data-sharing archive
 */
record StartupArchive(Path jar, Path archive) {

    static StartupArchive prepare(Path executableJar, Path directory, PkiLayout pki, Path partners) throws IOException {
        Files.createDirectories(directory);
        Path jar = directory.resolve(executableJar.getFileName());
        Path archive = directory.resolve("gateway.jsa");
        run(List.of(GatewayNode.javaBinary(), "-Djarmode=tools", "-jar", executableJar.toString(), "extract", "--force",
                "--destination", directory.toString()), Map.of(), directory.resolve("extract.log"));
        Path training = directory.resolve("training");
        Files.createDirectories(training);
        run(List.of(GatewayNode.javaBinary(), "-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh",
                "-jar", jar.toString()),
                Map.of("GATEWAY_PKI", pki.dir().toAbsolutePath().toString(), "GATEWAY_DATA", training.toString(),
                        "GATEWAY_PARTNERS", partners.toAbsolutePath().toString(), "GATEWAY_PORT",
                        Integer.toString(FaultSuiteIT.freePort()), "GATEWAY_ADMIN_PORT",
                        Integer.toString(FaultSuiteIT.freePort()), "GATEWAY_MANAGEMENT_PORT",
                        Integer.toString(FaultSuiteIT.freePort())),
                directory.resolve("training.log"));
        return new StartupArchive(jar, archive);
    }

    private static void run(List<String> command, Map<String, String> environment, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException(command.get(command.size() - 1) + " failed; see " + log);
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", ex);
        }
    }

}
