package uk.gov.justice.ppg.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
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
 * Every promise under faults, with real processes: the gateway jar on its embedded
 * default, killed with SIGKILL at random moments under load ({@code faults.rounds}
 * times), once during start-up, frozen with SIGSTOP for 40 s, and with its receiving
 * partner down for a while; nDelius retrying with the same control reference after every
 * error. Afterwards: nothing accepted was lost, no case was delivered out of order, no
 * interchange was effectively delivered twice (repeats are counted: the receiver's dedup
 * absorbs them), each got exactly one ISN, no answer was a 404 or an empty 200, and the
 * audit export verifies offline.
 */
class FaultSuiteIT {

    private static final Duration READY_WITHIN = Duration.ofSeconds(90);

    private final Path work = Path.of(System.getProperty("faults.work", "target/faults"));

    private final List<AutoCloseable> resources = new ArrayList<>();

    private GatewayNode node;

    @AfterEach
    void cleanUp() throws Exception {
        if (this.node != null) {
            this.node.stop();
        }
        for (AutoCloseable resource : this.resources) {
            resource.close();
        }
    }

    @Test
    void keepsEveryPromiseUnderFaults() throws Exception {
        Files.createDirectories(this.work);
        PkiLayout pki = ExamplePki.ensure(this.work.resolve("pki"));
        RecordingPartner nps = open(new RecordingPartner(pki, ExampleParty.N00, freePort(), file("n00.log")).up());
        RecordingPartner crc = open(new RecordingPartner(pki, ExampleParty.C00, freePort(), file("c00.log")).up());
        int port = freePort();
        this.node = FaultSetup.node(this.work, pki, nps.port(), crc.port(), port, freePort());
        this.node.start();
        this.node.awaitReady(READY_WITHIN);

        PartnerClient client = PartnerClient.of(pki, ExampleParty.N00,
                URI.create("https://localhost:" + port + "/cxf/InboundSPGProxy/1.2"));
        RetryingSender sender = new RetryingSender(client, FaultSetup.eventSample(), RetryingSender.cases(4, 6),
                System.currentTimeMillis() % 1_000_000_000L * 1000L);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        FaultLog faults = new FaultLog(seed);
        sender.start();
        int rounds = Integer.getInteger("faults.rounds", 20);
        for (int round = 1; round <= rounds; round++) {
            Thread.sleep(1500 + random.nextInt(2500));
            this.node.kill();
            this.node.start();
            faults.ready(this.node.awaitReady(READY_WITHIN));
            if (round == Math.max(1, rounds / 4)) {
                faults.note("partner C00 down for 8 s");
                crc.down();
                Thread.sleep(8000);
                crc.up();
            }
            if (round == Math.max(1, rounds / 2)) {
                faults.note("SIGKILL during start-up");
                this.node.kill();
                this.node.start();
                Thread.sleep(300 + random.nextInt(2500));
                this.node.kill();
                this.node.start();
                faults.ready(this.node.awaitReady(READY_WITHIN));
            }
            if (round == Math.max(1, 3 * rounds / 4)) {
                faults.note("SIGSTOP for 40 s");
                this.node.signal("STOP");
                Thread.sleep(40_000);
                this.node.signal("CONT");
            }
        }
        Thread.sleep(2000);
        sender.stop();

        Invariants invariants = new Invariants(sender.acceptedByCase(), crc, nps);
        invariants.awaitDrained(Duration.ofMinutes(3));
        faults.write(this.work.resolve("summary.txt"), rounds, sender, invariants);

        assertThat(sender.accepted()).as("interchanges accepted under faults").isGreaterThan(rounds);
        invariants.assertKept(sender);
        assertThat(FaultSetup.verifyAuditExport(this.node, this.work, pki)).as("offline audit verifier's exit code")
            .isZero();
    }

    private <T extends AutoCloseable> T open(T resource) {
        this.resources.add(resource);
        return resource;
    }

    private Path file(String name) {
        return this.work.resolve(name);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** For the summary: what was done and how long each start took. */
    static final class FaultLog {

        private final long seed;

        private final List<String> notes = new ArrayList<>();

        private final List<Duration> readyTimes = new ArrayList<>();

        FaultLog(long seed) {
            this.seed = seed;
        }

        void note(String fault) {
            this.notes.add(fault);
        }

        void ready(Duration took) {
            this.readyTimes.add(took);
        }

        void write(Path summary, int rounds, RetryingSender sender, Invariants invariants) throws IOException {
            List<Long> millis = this.readyTimes.stream().map(Duration::toMillis).sorted().toList();
            String text = String.format(
                    "seed %d; %d SIGKILL rounds; also: %s%n" + "accepted %d interchanges; answers %s%n"
                            + "repeated deliveries absorbed by the receiver's dedup: %d%n"
                            + "restart to ready (ms): median %d, max %d, all %s%n",
                    this.seed, rounds, this.notes, sender.accepted(), sender.answers(), invariants.repeats(),
                    millis.get(millis.size() / 2), millis.get(millis.size() - 1), millis);
            Files.writeString(summary, text);
            System.out.print(text);
        }

    }

}
