package uk.gov.justice.ppg.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import uk.gov.justice.ppg.tools.client.PartnerClient;

/**
 * The rolling upgrade of docs/deployment.md, under load: two nodes of an earlier release
 * (its executable jar, {@code faults.previous-jar}; without one the test is skipped, and
 * {@code ./upgrade-check} builds one) on a shared schema and broker pair, nDelius sending
 * to both; node-a is stopped with SIGTERM and started on this build, which migrates the
 * schema while node-b, still on the earlier release, carries the load; then node-b.
 * Afterwards the fault suite's promises: nothing lost, per-case order, no effective
 * duplicate, one ISN each, no misleading answer, and the audit export of the whole run
 * verifies offline.
 */
class RollingUpgradeIT {

    private static final long UNDER_LOAD_MILLIS = 10_000;

    private SharedTopology topology;

    @AfterEach
    void cleanUp() throws Exception {
        if (this.topology != null) {
            this.topology.close();
        }
    }

    @Test
    void twoNodesUpgradedOneAtATimeUnderLoadLoseNothing() throws Exception {
        String previousJar = System.getProperty("faults.previous-jar", "");
        assumeTrue(!previousJar.isBlank() && Files.isRegularFile(Path.of(previousJar)),
                "no earlier release's jar given (-Dfaults.previous-jar=...; ./upgrade-check)");
        this.topology = SharedTopology.open("rolling-upgrade");
        StartupArchive previous = this.topology.release(Path.of(previousJar), "app-previous");
        StartupArchive current = this.topology.current();
        List<String> ids = List.of("node-a", "node-b");
        List<Integer> ports = List.of(FaultSuiteIT.freePort(), FaultSuiteIT.freePort());
        List<GatewayNode> running = new ArrayList<>();
        List<PartnerClient> clients = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            running.add(this.topology.start(previous, ids.get(i), ports.get(i)));
            clients.add(this.topology.client(ports.get(i)));
        }
        RetryingSender sender = new RetryingSender(clients, FaultSetup.eventSample(), RetryingSender.cases(4, 6),
                System.currentTimeMillis() % 1_000_000_000L * 1000L);
        sender.start();
        for (int i = 0; i < ids.size(); i++) {
            Thread.sleep(UNDER_LOAD_MILLIS);
            this.topology.retire(running.get(i));
            this.topology.start(current, ids.get(i), ports.get(i));
        }
        Thread.sleep(UNDER_LOAD_MILLIS);
        sender.stop();

        Invariants invariants = this.topology.invariants(sender);
        invariants.awaitDrained(Duration.ofMinutes(3));
        Files.writeString(this.topology.work().resolve("summary.txt"),
                String.format("from %s: accepted %d interchanges; answers %s; repeats absorbed %d%n", previousJar,
                        sender.accepted(), sender.answers(), invariants.repeats()));
        assertThat(sender.accepted()).as("interchanges accepted during the upgrade").isGreaterThan(20);
        invariants.assertKept(sender);
        assertThat(this.topology.verifyAuditExport()).as("offline audit verifier's exit code").isZero();
    }

}
