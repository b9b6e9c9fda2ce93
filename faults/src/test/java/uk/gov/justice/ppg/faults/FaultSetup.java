package uk.gov.justice.ppg.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import uk.gov.justice.ppg.certs.PkiLayout;

/**
 * What the suite runs: the gateway jar with the example directory pointed at the
 * recording partners (every other partner's endpoint at a closed port), the event sample,
 * and the offline audit verifier jar.
 */
final class FaultSetup {

    private static StartupArchive prepared;

    private FaultSetup() {
    }

    static GatewayNode node(Path work, PkiLayout pki, int npsPort, int crcPort, int port, int managementPort)
            throws IOException {
        Path partners = partners(work, npsPort, crcPort);
        return node(application(work, pki, partners), work, pki, partners, "fault-node", port, managementPort,
                Map.of());
    }

    /**
     * The example directory with N00 and C00 at the recording partners, written to the
     * work directory.
     */
    static Path partners(Path work, int npsPort, int crcPort) throws IOException {
        String directory = Files.readString(Path.of(System.getProperty("faults.partners")))
            .replace("https://localhost:9101/spg", "https://localhost:" + npsPort + "/spg")
            .replace("https://localhost:9102/spg", "https://localhost:" + crcPort + "/spg")
            .replaceAll("https://localhost:91\\d\\d/spg", "https://localhost:1/spg");
        Path partners = work.resolve("partners.yml");
        Files.writeString(partners, directory);
        return partners;
    }

    /**
     * This build's jar, extracted with its class-data-sharing archive once per test run
     * (in the first mode's work directory) and shared by the modes after it.
     */
    static synchronized StartupArchive application(Path work, PkiLayout pki, Path partners) throws IOException {
        if (prepared == null) {
            prepared = StartupArchive.prepare(Path.of(System.getProperty("faults.gateway-jar")), work.resolve("app"),
                    pki, partners);
        }
        return prepared;
    }

    /**
     * A node with a fresh data directory of its own ({@code data} under the work
     * directory for the first, {@code data-<id>} for others), and {@code storage}'s
     * settings for the database and broker it shares (none: the embedded default).
     */
    static GatewayNode node(StartupArchive application, Path work, PkiLayout pki, Path partners, String nodeId,
            int port, int managementPort, Map<String, String> storage) throws IOException {
        Path data = work.resolve(storage.isEmpty() ? "data" : "data-" + nodeId);
        deleteRecursively(data);
        Files.createDirectories(data);
        Map<String, String> environment = new HashMap<>(storage);
        environment.putAll(Map.of("GATEWAY_PKI", pki.dir().toAbsolutePath().toString(), "GATEWAY_DATA",
                data.toAbsolutePath().toString(), "GATEWAY_PARTNERS", partners.toAbsolutePath().toString(),
                "GATEWAY_PORT", Integer.toString(port), "GATEWAY_ADMIN_PORT", Integer.toString(FaultSuiteIT.freePort()),
                "GATEWAY_MANAGEMENT_PORT", Integer.toString(managementPort), "GATEWAY_NODE_ID", nodeId));
        return new GatewayNode(application, environment,
                work.resolve(storage.isEmpty() ? "gateway.log" : nodeId + ".log"), managementPort);
    }

    static byte[] eventSample() throws IOException {
        return Files.readAllBytes(Path.of(System.getProperty("faults.samples"), "0-9-14", "valid", "event.xml"));
    }

    /**
     * Stops the node, exports the whole audit log with the {@code export-audit} command
     * and runs the offline verifier on it as its own process: the verifier's exit code
     * (-2 if the export failed).
     */
    static int verifyAuditExport(GatewayNode node, Path work, PkiLayout pki) throws IOException, InterruptedException {
        Path export = work.resolve("audit-export.json");
        if (node.exportAudit(export) != 0) {
            return -2;
        }
        Process verifier = new ProcessBuilder(GatewayNode.javaBinary(), "-jar",
                System.getProperty("faults.verifier-jar"), export.toString(),
                pki.certificate("gateway-audit").toString())
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("verifier.log").toFile())
            .start();
        if (!verifier.waitFor(2, TimeUnit.MINUTES)) {
            verifier.destroyForcibly();
            return -1;
        }
        return verifier.exitValue();
    }

    /**
     * Every run starts from an empty data directory: nothing left from an earlier run.
     */
    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

}
