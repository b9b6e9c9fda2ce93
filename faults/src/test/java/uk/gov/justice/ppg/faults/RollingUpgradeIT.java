package uk.gov.justice.ppg.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.certs.ExamplePki;
import uk.gov.justice.ppg.certs.PkiLayout;
import uk.gov.justice.ppg.tools.client.PartnerClient;

/**
 * The rolling upgrade of docs/deployment.md, under load: two nodes of the previous
 * release (its executable jar, {@code faults.previous-jar}; without one the test is
 * skipped) on a shared schema and broker pair, nDelius sending to both; node-a is stopped
 * with SIGTERM and started on this build, which migrates the schema while node-b, still
 * on the previous release, carries the load; then node-b. Afterwards the fault suite's
 * promises: nothing lost, per-case order, no effective duplicate, one ISN each, no
 * misleading answer, and the audit export of the whole run verifies offline.
 */
class RollingUpgradeIT {

    private static final Duration READY_WITHIN = Duration.ofSeconds(120);

    private static final long UNDER_LOAD_MILLIS = 10_000;

    private final Path work = Path.of(System.getProperty("faults.work", "target/faults"))
        .resolveSibling("rolling-upgrade");

    private final List<AutoCloseable> resources = new ArrayList<>();

    private final List<GatewayNode> running = new ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        for (GatewayNode node : this.running) {
            node.stop();
        }
        for (AutoCloseable resource : this.resources) {
            resource.close();
        }
    }

    @Test
    void twoNodesUpgradedOneAtATimeUnderLoadLoseNothing() throws Exception {
        String previousJar = System.getProperty("faults.previous-jar", "");
        assumeTrue(!previousJar.isBlank() && Files.isRegularFile(Path.of(previousJar)),
                "no previous release's jar given (-Dfaults.previous-jar=...; docs/deployment.md)");
        Files.createDirectories(this.work);
        PkiLayout pki = ExamplePki.ensure(Path.of(System.getProperty("faults.work", "target/faults")).resolve("pki"));
        RecordingPartner nps = open(
                new RecordingPartner(pki, ExampleParty.N00, FaultSuiteIT.freePort(), file("n00.log")).up());
        RecordingPartner crc = open(
                new RecordingPartner(pki, ExampleParty.C00, FaultSuiteIT.freePort(), file("c00.log")).up());
        SharedStorage storage = open(SharedStorage.start(this.work));
        Path partners = FaultSetup.partners(this.work, nps.port(), crc.port());
        StartupArchive previous = StartupArchive.prepare(Path.of(previousJar), this.work.resolve("app-previous"), pki,
                partners);
        StartupArchive current = FaultSetup.application(this.work, pki, partners);

        List<String> ids = List.of("node-a", "node-b");
        List<Integer> ports = List.of(FaultSuiteIT.freePort(), FaultSuiteIT.freePort());
        List<PartnerClient> clients = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            start(previous, pki, partners, ids.get(i), ports.get(i), storage);
            clients.add(PartnerClient.of(pki, ExampleParty.N00,
                    URI.create("https://localhost:" + ports.get(i) + "/cxf/InboundSPGProxy/1.2")));
        }
        RetryingSender sender = new RetryingSender(clients, FaultSetup.eventSample(), RetryingSender.cases(4, 6),
                System.currentTimeMillis() % 1_000_000_000L * 1000L);
        sender.start();
        for (int i = 0; i < ids.size(); i++) {
            Thread.sleep(UNDER_LOAD_MILLIS);
            this.running.remove(0).stop();
            start(current, pki, partners, ids.get(i), ports.get(i), storage);
        }
        Thread.sleep(UNDER_LOAD_MILLIS);
        sender.stop();

        Invariants invariants = new Invariants(sender.acceptedByCase(), crc, nps);
        invariants.awaitDrained(Duration.ofMinutes(3));
        Files.writeString(this.work.resolve("summary.txt"),
                String.format("from %s: accepted %d interchanges; answers %s; repeats absorbed %d%n", previousJar,
                        sender.accepted(), sender.answers(), invariants.repeats()));
        assertThat(sender.accepted()).as("interchanges accepted during the upgrade").isGreaterThan(20);
        assertThat(sender.misleading()).as("answers a partner could take for acceptance or a bad address").isEmpty();
        assertThat(invariants.lost()).as("accepted but never delivered").isEmpty();
        assertThat(invariants.outOfOrder()).as("cases delivered out of order").isEmpty();
        assertThat(invariants.notOneIsn()).as("interchanges without exactly one ISN").isEmpty();
        assertThat(invariants.unexpected()).as("deliveries of interchanges never sent").isEmpty();
        this.running.remove(0).stop();
        GatewayNode last = this.running.get(0);
        assertThat(FaultSetup.verifyAuditExport(last, this.work, pki)).as("offline audit verifier's exit code")
            .isZero();
    }

    /** Starts a node on one release's jar and waits until it is ready. */
    private void start(StartupArchive release, PkiLayout pki, Path partners, String id, int port, SharedStorage storage)
            throws Exception {
        GatewayNode node = FaultSetup.node(release, this.work, pki, partners, id, port, FaultSuiteIT.freePort(),
                storage.environment());
        this.running.add(node);
        node.start();
        node.awaitReady(READY_WITHIN);
    }

    private <T extends AutoCloseable> T open(T resource) {
        this.resources.add(resource);
        return resource;
    }

    private Path file(String name) {
        return this.work.resolve(name);
    }

}
