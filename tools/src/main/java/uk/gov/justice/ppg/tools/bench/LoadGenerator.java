package uk.gov.justice.ppg.tools.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
 * full load, and the accept latency at half that rate. The load is signed before
 * measuring starts.
 */
public final class LoadGenerator {

    private final URI endpoint;

    private final PkiLayout pki;

    private final Document template;

    private final Map<String, Long> notified = new ConcurrentHashMap<>();

    private long nextReference = System.currentTimeMillis() * 1000;

    private long gatewayPid;

    private int nextCase = 100000;

    private LoadGenerator(URI endpoint, PkiLayout pki, Document template) {
        this.endpoint = endpoint;
        this.pki = pki;
        this.template = template;
    }

    /**
     * Arguments: endpoint, PKI directory, Event sample, interchanges to measure,
     * concurrent senders, the gateway's process id, interchanges to warm up with.
     */
    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args[0]);
        PkiLayout pki = new PkiLayout(Path.of(args[1]));
        Document template = PartnerClient.read(Files.readAllBytes(Path.of(args[2])));
        int count = Integer.parseInt(args[3]);
        int senders = Integer.parseInt(args[4]);
        LoadGenerator generator = new LoadGenerator(endpoint, pki, template);
        generator.gatewayPid = (args.length > 5) ? Long.parseLong(args[5]) : -1;
        int warmup = (args.length > 6) ? Integer.parseInt(args[6]) : Math.max(1000, count);
        try (StubPartner crc = StubPartner.start(pki, ExampleParty.C00, 9102, "/spg", (receipt) -> {
        }).light();
                StubPartner nps = StubPartner.start(pki, ExampleParty.N00, 9101, "/spg", generator::notified).light()) {
            generator.run(count, senders, warmup);
        }
    }

    private void notified(Receipt receipt) {
        receipt.acknowledges().ifPresent((reference) -> this.notified.putIfAbsent(reference, System.nanoTime()));
    }

    private void run(int count, int senders, int warmup) throws Exception {
        double signaturesPerSecond = CryptoBound.signaturesPerSecond(this.pki, Duration.ofSeconds(5));
        double bound = signaturesPerSecond / 2;
        System.out.printf("crypto bound: %.0f RSA-2048 signatures/s on %d cores -> %.0f interchanges/s%n",
                signaturesPerSecond, Runtime.getRuntime().availableProcessors(), bound);
        Sender warm = new Sender(PartnerClient.of(this.pki, ExampleParty.N00, this.endpoint), senders);
        System.out.println("warming up with " + warmup + " interchanges (until the JIT settles)");
        for (int done = 0; done < warmup; done += 2000) {
            warm.closedLoop(signed(Math.min(2000, warmup - done)), this.notified, Duration.ofSeconds(600));
        }
        System.out.println("signing " + count + " interchanges for the measured run");
        List<Sender.Signed> load = signed(count);
        System.out.println("measuring");
        double gatewayBefore = ProcessCpu.seconds(this.gatewayPid);
        double generatorBefore = ProcessCpu.seconds(ProcessHandle.current().pid());
        Sender.Result full = warm.closedLoop(load, this.notified, Duration.ofSeconds(300));
        System.out.println("full load:  " + full.describe());
        System.out.printf(
                "CPU per interchange: gateway %.2f ms, load generator and stubs %.2f ms "
                        + "(two RSA-2048 signatures take %.2f ms)%n",
                1000 * (ProcessCpu.seconds(this.gatewayPid) - gatewayBefore) / count,
                1000 * (ProcessCpu.seconds(ProcessHandle.current().pid()) - generatorBefore) / count,
                2000 / signaturesPerSecond * Runtime.getRuntime().availableProcessors());
        double half = full.throughput() / 2;
        List<Sender.Signed> paced = signed((int) Math.max(200, half * 20));
        Sender.Result halfLoad = warm.openLoop(paced, half, this.notified, Duration.ofSeconds(300));
        System.out.println("half load:  " + halfLoad.describe());
        System.out.printf(
                "result: %.0f interchanges/s end to end = %.0f%% of the crypto bound (%.0f/s); "
                        + "p99 accept at half load %.1f ms; errors %d%n",
                full.throughput(), 100 * full.throughput() / bound, bound, halfLoad.p99(),
                full.errors() + halfLoad.errors());
    }

    private List<Sender.Signed> signed(int count) {
        PartnerClient signer = PartnerClient.of(this.pki, ExampleParty.N00, this.endpoint);
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
