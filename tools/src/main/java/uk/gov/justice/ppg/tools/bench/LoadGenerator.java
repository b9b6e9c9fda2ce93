package uk.gov.justice.ppg.tools.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.certs.PkiLayout;
import uk.gov.justice.ppg.schemas.xml.SecureXml;
import uk.gov.justice.ppg.tools.client.Interchanges;
import uk.gov.justice.ppg.tools.client.PartnerClient;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.stub.Receipt;
import uk.gov.justice.ppg.tools.stub.StubPartner;

/**
 * Measures the gateway end to end: N00 sends signed Event interchanges (each allocating
 * its own case to C00) over mutual TLS with keep-alive; the gateway accepts, delivers to
 * the C00 stub and notifies the N00 stub. Reports, in one run: the crypto bound (RSA-2048
 * SHA256withRSA signatures per second in this JVM, on every core, divided by the two
 * signatures the gateway makes per interchange), the sustained rate and accept latency at
 * full load, the CPU per interchange of each counted process against the CPU of those two
 * signatures (measured by a probe that signs a few times a second during the window,
 * under the same contention), and the accept latency at half that rate. The load is
 * signed before measuring starts.
 */
public final class LoadGenerator {

    private final List<URI> endpoints;

    private final PkiLayout pki;

    private final Document template;

    private final Map<String, Long> notified = new ConcurrentHashMap<>();

    private long nextReference = System.currentTimeMillis() * 1000;

    private CpuGroups counted = CpuGroups.parse("");

    private int nextCase = 100000;

    private LoadGenerator(List<URI> endpoints, PkiLayout pki, Document template) {
        this.endpoints = endpoints;
        this.pki = pki;
        this.template = template;
    }

    /**
     * Arguments: endpoints (comma-separated: the senders take them in turn), PKI
     * directory, Event sample, interchanges to measure, concurrent senders, the processes
     * whose CPU to count (a gateway process id, or roles as {@link CpuGroups} reads
     * them), interchanges to warm up with, the stub partners' latency in milliseconds (0
     * by default).
     */
    public static void main(String[] args) throws Exception {
        List<URI> endpoints = Stream.of(args[0].split(",")).map(URI::create).toList();
        PkiLayout pki = new PkiLayout(Path.of(args[1]));
        Document template = PartnerClient.read(Files.readAllBytes(Path.of(args[2])));
        int count = Integer.parseInt(args[3]);
        int senders = Integer.parseInt(args[4]);
        LoadGenerator generator = new LoadGenerator(endpoints, pki, template);
        generator.counted = CpuGroups.parse((args.length > 5) ? args[5] : "");
        int warmup = (args.length > 6) ? Integer.parseInt(args[6]) : Math.max(1000, count);
        Duration latency = Duration.ofMillis((args.length > 7) ? Long.parseLong(args[7]) : 0);
        try (StubPartner crc = StubPartner.start(pki, ExampleParty.C00, 9102, "/spg", (receipt) -> {
        }).light().answeringAfter(latency);
                StubPartner nps = StubPartner.start(pki, ExampleParty.N00, 9101, "/spg", generator::notified)
                    .light()
                    .answeringAfter(latency)) {
            System.out.println("stub partners answer after " + latency.toMillis() + " ms");
            generator.run(count, senders, warmup);
        }
    }

    private void notified(Receipt receipt) {
        receipt.acknowledges().ifPresent((reference) -> this.notified.putIfAbsent(reference, System.nanoTime()));
    }

    private void run(int count, int senders, int warmup) throws Exception {
        CryptoBound.Measured first = CryptoBound.measure(this.pki, Duration.ofSeconds(5));
        double bound = first.perSecond() / 2;
        System.out.printf(
                "crypto bound: %.0f RSA-2048 signatures/s on %d cores -> %.0f interchanges/s; %.3f ms of CPU each%n",
                first.perSecond(), Runtime.getRuntime().availableProcessors(), bound, first.cpuMillis());
        List<PartnerClient> clients = this.endpoints.stream()
            .map((endpoint) -> PartnerClient.of(this.pki, ExampleParty.N00, endpoint))
            .toList();
        Sender warm = new Sender(clients, senders);
        System.out.println("warming up with at least " + warmup + " interchanges, until the JIT settles");
        Warmup.Settled settled = Warmup.run(warm, this::signed, this.notified, this.counted, warmup);
        System.out.println(settled.describe());
        System.out.println("signing " + count + " interchanges for the measured run");
        List<Sender.Signed> load = signed(count);
        System.out.println("measuring");
        CryptoBound.Probe probe = CryptoBound.probe(this.pki);
        Map<String, Double> before = this.counted.seconds();
        double compilerBefore = this.counted.compilerSeconds();
        double generatorBefore = ProcessCpu.seconds(ProcessHandle.current().pid());
        Sender.Result full = warm.closedLoop(load, this.notified, Duration.ofSeconds(300));
        Map<String, Double> after = this.counted.seconds();
        double compiler = this.counted.compilerSeconds() - compilerBefore;
        double generatorAfter = ProcessCpu.seconds(ProcessHandle.current().pid());
        double during = probe.stop();
        CryptoBound.Measured second = CryptoBound.measure(this.pki, Duration.ofSeconds(5));
        double signatureMillis = 2 * during;
        System.out.println("full load:  " + full.describe());
        System.out.printf(
                "signature CPU: %.3f ms during the measured window (%d signatures), %.3f ms before it, %.3f ms after%n",
                during, probe.signatures(), first.cpuMillis(), second.cpuMillis());
        System.out.println("CPU per interchange: " + CpuGroups.perInterchange(before, after, count, signatureMillis));
        System.out
            .println("of which JIT compilers: " + CpuGroups.compilers(before, after, compiler, count, signatureMillis));
        System.out.printf("CPU per interchange of the load generator and stubs: %.2f ms%n",
                1000 * (generatorAfter - generatorBefore) / count);
        double half = full.throughput() / 2;
        List<Sender.Signed> paced = signed((int) Math.max(200, half * 20));
        Sender.Result halfLoad = warm.openLoop(paced, half, this.notified, Duration.ofSeconds(300));
        System.out.println("half load:  " + halfLoad.describe());
        System.out.printf(
                "result: %.0f interchanges/s end to end = %.0f%% of the crypto bound (%.0f/s); "
                        + "p99 accept at half load %.1f ms; errors %d%n",
                full.throughput(), 100 * full.throughput() / bound, bound, halfLoad.p99(),
                full.errors() + halfLoad.errors());
        System.out.println("interchanges sent in all: " + (settled.interchanges() + count + paced.size()));
    }

    private List<Sender.Signed> signed(int count) {
        PartnerClient signer = PartnerClient.of(this.pki, ExampleParty.N00, this.endpoints.get(0));
        List<Sender.Signed> signed = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Document event = (Document) this.template.cloneNode(true);
            String reference = String.valueOf(this.nextReference++);
            Interchanges.setControlReference(event, reference);
            String crn = "B" + (this.nextCase++);
            var cases = event.getElementsByTagNameNS("*", "CaseReferenceNumber");
            for (int j = 0; j < cases.getLength(); j++) {
                cases.item(j).setTextContent(crn);
            }
            signed.add(new Sender.Signed(reference, SecureXml.serialize(signer.sign(event, SigningOptions.strict()))));
        }
        return signed;
    }

}
