package uk.gov.justice.ppg.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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

    private SharedTopology topology;

    @AfterEach
    void cleanUp() throws Exception {
        if (this.topology != null) {
            this.topology.close();
        }
    }

    @Test
    void twoNodesKeepEveryPromiseUnderFaults() throws Exception {
        this.topology = SharedTopology.open("two-nodes");
        StartupArchive application = this.topology.current();
        List<GatewayNode> nodes = new ArrayList<>();
        List<PartnerClient> clients = new ArrayList<>();
        for (String id : List.of("node-a", "node-b")) {
            int port = FaultSuiteIT.freePort();
            nodes.add(this.topology.start(application, id, port));
            clients.add(this.topology.client(port));
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
            GatewayNode victim = nodes.get(random.nextInt(nodes.size()));
            victim.kill();
            victim.start();
            faults.ready(victim.awaitReady(SharedTopology.READY_WITHIN));
            if (round == Math.max(1, rounds / 3)) {
                Duration takeover = this.topology.storage().failOver(SharedTopology.READY_WITHIN);
                faults.note("live broker SIGKILL, backup live after " + takeover.toMillis() + " ms");
            }
            if (round == Math.max(1, 2 * rounds / 3)) {
                faults.note("PostgreSQL restarted (" + Database.restart() + ")");
            }
        }
        Thread.sleep(2000);
        sender.stop();

        Invariants invariants = this.topology.invariants(sender);
        invariants.awaitDrained(Duration.ofMinutes(3));
        faults.write(this.topology.work().resolve("summary.txt"), rounds, sender, invariants);
        List<String> withoutOneIsn = invariants.notOneIsn();
        if (!withoutOneIsn.isEmpty()) {
            this.topology.storage().describe(withoutOneIsn, this.topology.work().resolve("without-one-isn.txt"));
        }
        assertThat(sender.accepted()).as("interchanges accepted under faults").isGreaterThan(rounds);
        invariants.assertKept(sender);
        assertThat(this.topology.verifyAuditExport()).as("offline audit verifier's exit code").isZero();
    }

}
