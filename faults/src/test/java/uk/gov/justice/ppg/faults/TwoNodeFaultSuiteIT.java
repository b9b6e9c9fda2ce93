package uk.gov.justice.ppg.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.certs.ExamplePki;
import uk.gov.justice.ppg.certs.PkiLayout;
import uk.gov.justice.ppg.tools.client.PartnerClient;

/**
 * The fault suite's two-node mode, on the production topology of docs/deployment.md: two
 * gateway jars sharing one PostgreSQL schema and a live/backup pair of standalone Artemis
 * brokers on a shared store, with nDelius sending to both and moving to the other node
 * after a failure, as behind a load balancer. Faults ({@code faults.two-node.rounds}
 * rounds): SIGKILL of a random node under load, then its restart; at a third of the
 * rounds the live broker killed with SIGKILL, so that the backup takes the journal and
 * the nodes fail over to it; at two thirds the PostgreSQL server restarted. The same
 * promises as {@link FaultSuiteIT}, across the nodes: nothing lost, per-case order, no
 * effective duplicate, one ISN each, no misleading answer, and the audit export of both
 * nodes' records verifies offline.
 */
class TwoNodeFaultSuiteIT {

    private static final Duration READY_WITHIN = Duration.ofSeconds(120);

    private final Path work = Path.of(System.getProperty("faults.work", "target/faults")).resolveSibling("two-nodes");

    private final List<AutoCloseable> resources = new ArrayList<>();

    private final List<GatewayNode> nodes = new ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        for (GatewayNode node : this.nodes) {
            node.stop();
        }
        for (AutoCloseable resource : this.resources) {
            resource.close();
        }
    }

    @Test
    void twoNodesKeepEveryPromiseUnderFaults() throws Exception {
        Files.createDirectories(this.work);
        PkiLayout pki = ExamplePki.ensure(Path.of(System.getProperty("faults.work", "target/faults")).resolve("pki"));
        RecordingPartner nps = open(
                new RecordingPartner(pki, ExampleParty.N00, FaultSuiteIT.freePort(), file("n00.log")).up());
        RecordingPartner crc = open(
                new RecordingPartner(pki, ExampleParty.C00, FaultSuiteIT.freePort(), file("c00.log")).up());
        SharedStorage storage = open(SharedStorage.start(this.work));
        Path partners = FaultSetup.partners(this.work, nps.port(), crc.port());
        StartupArchive application = FaultSetup.application(this.work, pki, partners);
        List<PartnerClient> clients = new ArrayList<>();
        for (String id : List.of("node-a", "node-b")) {
            int port = FaultSuiteIT.freePort();
            GatewayNode node = FaultSetup.node(application, this.work, pki, partners, id, port, FaultSuiteIT.freePort(),
                    storage.environment());
            this.nodes.add(node);
            node.start();
            node.awaitReady(READY_WITHIN);
            clients.add(PartnerClient.of(pki, ExampleParty.N00,
                    URI.create("https://localhost:" + port + "/cxf/InboundSPGProxy/1.2")));
        }

        RetryingSender sender = new RetryingSender(clients, FaultSetup.eventSample(), RetryingSender.cases(4, 6),
                System.currentTimeMillis() % 1_000_000_000L * 1000L);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        FaultSuiteIT.FaultLog faults = new FaultSuiteIT.FaultLog(seed);
        sender.start();
        int rounds = Integer.getInteger("faults.two-node.rounds", 8);
        for (int round = 1; round <= rounds; round++) {
            Thread.sleep(1500 + random.nextInt(2500));
            GatewayNode victim = this.nodes.get(random.nextInt(this.nodes.size()));
            victim.kill();
            victim.start();
            faults.ready(victim.awaitReady(READY_WITHIN));
            if (round == Math.max(1, rounds / 3)) {
                faults.note(
                        "live broker SIGKILL, backup live after " + storage.failOver(READY_WITHIN).toMillis() + " ms");
            }
            if (round == Math.max(1, 2 * rounds / 3)) {
                faults.note("PostgreSQL restarted (" + Database.restart() + ")");
            }
        }
        Thread.sleep(2000);
        sender.stop();

        Invariants invariants = new Invariants(sender.acceptedByCase(), crc, nps);
        invariants.awaitDrained(Duration.ofMinutes(3));
        faults.write(this.work.resolve("summary.txt"), rounds, sender, invariants);

        assertThat(sender.accepted()).as("interchanges accepted under faults").isGreaterThan(rounds);
        assertThat(sender.misleading()).as("answers a partner could take for acceptance or a bad address").isEmpty();
        assertThat(invariants.lost()).as("accepted but never delivered").isEmpty();
        assertThat(invariants.outOfOrder()).as("cases delivered out of order").isEmpty();
        assertThat(invariants.notOneIsn()).as("interchanges without exactly one ISN").isEmpty();
        assertThat(invariants.unexpected()).as("deliveries of interchanges never sent").isEmpty();
        this.nodes.get(1).stop();
        assertThat(FaultSetup.verifyAuditExport(this.nodes.get(0), this.work, pki))
            .as("offline audit verifier's exit code")
            .isZero();
    }

    private <T extends AutoCloseable> T open(T resource) {
        this.resources.add(resource);
        return resource;
    }

    private Path file(String name) {
        return this.work.resolve(name);
    }

}
