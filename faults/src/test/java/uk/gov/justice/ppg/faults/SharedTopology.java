package uk.gov.justice.ppg.faults;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.certs.ExamplePki;
import uk.gov.justice.ppg.certs.PkiLayout;
import uk.gov.justice.ppg.tools.client.PartnerClient;

/**
 * The production topology a multi-node run works on, in a work directory of its own
 * beside the fault suite's: the recording N00 and C00, the shared schema and broker pair
 * ({@link SharedStorage}), the partner directory pointed at the recorders, and the nodes
 * started so far. Closing it stops the nodes, then the rest.
 */
final class SharedTopology implements AutoCloseable {

    static final Duration READY_WITHIN = Duration.ofSeconds(120);

    private final Path work;

    private final PkiLayout pki;

    private final RecordingPartner nps;

    private final RecordingPartner crc;

    private final SharedStorage storage;

    private final Path partners;

    private final List<GatewayNode> nodes = new ArrayList<>();

    private SharedTopology(Path work, PkiLayout pki, RecordingPartner nps, RecordingPartner crc, SharedStorage storage)
            throws Exception {
        this.work = work;
        this.pki = pki;
        this.nps = nps;
        this.crc = crc;
        this.storage = storage;
        this.partners = FaultSetup.partners(work, nps.port(), crc.port());
    }

    static SharedTopology open(String name) throws Exception {
        Path suite = Path.of(System.getProperty("faults.work", "target/faults"));
        Path work = suite.resolveSibling(name);
        Files.createDirectories(work);
        PkiLayout pki = ExamplePki.ensure(suite.resolve("pki"));
        RecordingPartner nps = new RecordingPartner(pki, ExampleParty.N00, FaultSuiteIT.freePort(),
                work.resolve("n00.log"))
            .up();
        RecordingPartner crc = new RecordingPartner(pki, ExampleParty.C00, FaultSuiteIT.freePort(),
                work.resolve("c00.log"))
            .up();
        return new SharedTopology(work, pki, nps, crc, SharedStorage.start(work));
    }

    Path work() {
        return this.work;
    }

    PkiLayout pki() {
        return this.pki;
    }

    SharedStorage storage() {
        return this.storage;
    }

    /** This build's gateway jar, prepared for a fast start. */
    StartupArchive current() throws Exception {
        return FaultSetup.application(this.work, this.pki, this.partners);
    }

    /** Another release's executable jar, prepared the same way. */
    StartupArchive release(Path executableJar, String name) throws Exception {
        return StartupArchive.prepare(executableJar, this.work.resolve(name), this.pki, this.partners);
    }

    /**
     * Starts a node of {@code release} on the shared storage and waits until it is ready.
     */
    GatewayNode start(StartupArchive release, String id, int port) throws Exception {
        GatewayNode node = FaultSetup.node(release, this.work, this.pki, this.partners, id, port,
                FaultSuiteIT.freePort(), this.storage.environment());
        this.nodes.add(node);
        node.start();
        node.awaitReady(READY_WITHIN);
        return node;
    }

    /** Stops a node for good (SIGTERM) and forgets it. */
    void retire(GatewayNode node) throws InterruptedException {
        node.stop();
        this.nodes.remove(node);
    }

    /** nDelius's client of the node on {@code port}. */
    PartnerClient client(int port) {
        return PartnerClient.of(this.pki, ExampleParty.N00,
                URI.create("https://localhost:" + port + "/cxf/InboundSPGProxy/1.2"));
    }

    Invariants invariants(RetryingSender sender) {
        return new Invariants(sender.acceptedByCase(), this.crc, this.nps);
    }

    /**
     * Stops every node but the last, then exports the whole audit log through it and
     * verifies the export offline: the verifier's exit code.
     */
    int verifyAuditExport() throws Exception {
        GatewayNode last = this.nodes.get(this.nodes.size() - 1);
        for (GatewayNode node : List.copyOf(this.nodes)) {
            if (node != last) {
                node.stop();
            }
        }
        return FaultSetup.verifyAuditExport(last, this.work, this.pki);
    }

    @Override
    public void close() throws Exception {
        for (GatewayNode node : this.nodes) {
            node.stop();
        }
        this.storage.close();
        this.crc.close();
        this.nps.close();
    }

}
