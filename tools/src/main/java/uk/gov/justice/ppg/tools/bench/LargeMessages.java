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
import uk.gov.justice.ppg.tools.client.LargeInterchanges;
import uk.gov.justice.ppg.tools.client.PartnerClient;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.stub.Receipt;
import uk.gov.justice.ppg.tools.stub.StubPartner;

/**
 * Measures the gateway's peak live heap per large interchange in flight, for each body
 * shape: N00 sends {@code concurrency} large interchanges at a time, {@code rounds}
 * times, while {@link LiveHeap} samples the gateway's live heap; the growth over the idle
 * live heap, divided by the payload in flight, is the heap factor. Text-dense bodies are
 * accepted, delivered and acknowledged; element-dense ones are refused by counting.
 */
public final class LargeMessages {

    private final PartnerClient client;

    private final Document template;

    private final Map<String, Long> notified = new ConcurrentHashMap<>();

    private long nextReference = System.currentTimeMillis() * 1000;

    private int nextCase = 700000;

    private LargeMessages(PartnerClient client, Document template) {
        this.client = client;
        this.template = template;
    }

    /**
     * Arguments: endpoint, PKI directory, Event sample, gateway process id, its GC log,
     * body size in bytes, interchanges in flight at once, rounds, the gateway's longest
     * text run.
     */
    public static void main(String[] args) throws Exception {
        PkiLayout pki = new PkiLayout(Path.of(args[1]));
        PartnerClient client = PartnerClient.of(pki, ExampleParty.N00, URI.create(args[0]));
        Document template = PartnerClient.read(Files.readAllBytes(Path.of(args[2])));
        long pid = Long.parseLong(args[3]);
        int bytes = Integer.parseInt(args[5]);
        int concurrency = Integer.parseInt(args[6]);
        int rounds = Integer.parseInt(args[7]);
        int longestRun = Integer.parseInt(args[8]);
        LargeMessages bench = new LargeMessages(client, template);
        try (StubPartner crc = StubPartner.start(pki, ExampleParty.C00, 9102, "/spg", (receipt) -> {
        }).light();
                StubPartner nps = StubPartner.start(pki, ExampleParty.N00, 9101, "/spg", bench::notified).light();
                LiveHeap heap = new LiveHeap(pid, Path.of(args[4]), 250)) {
            bench.run(heap, bytes, concurrency, rounds, longestRun);
        }
    }

    private void notified(Receipt receipt) {
        receipt.acknowledges().ifPresent((reference) -> this.notified.putIfAbsent(reference, System.nanoTime()));
    }

    private void run(LiveHeap heap, int bytes, int concurrency, int rounds, int longestRun) throws Exception {
        Sender sender = new Sender(List.of(this.client), concurrency);
        System.out.println("warming up: 200 small interchanges and " + concurrency + " large ones");
        sender.closedLoop(textDense(200, 0, longestRun), this.notified, Duration.ofSeconds(300));
        sender.closedLoop(textDense(concurrency, bytes, longestRun), this.notified, Duration.ofSeconds(300));
        List<Sender.Signed> load = textDense(concurrency * rounds, bytes, longestRun);
        int payload = load.get(0).envelope().length;
        long idle = heap.now();
        System.out.printf("idle live heap %d MB; %d interchanges of %.1f MB (in their envelope), %d at a time%n", idle,
                load.size(), payload / 1e6, concurrency);
        heap.start();
        Sender.Result textDense = sender.closedLoop(load, this.notified, Duration.ofSeconds(600));
        long textPeak = heap.peak();
        report("text-dense", textDense, idle, textPeak, payload, concurrency);
        perInGateway(heap.samples(), sender.sentAt(), idle, payload);
        List<Sender.Signed> refused = new ArrayList<>();
        Map<String, Long> nothingAwaited = new ConcurrentHashMap<>();
        byte[] dense = LargeInterchanges.elementDense(bytes);
        for (int i = 0; i < concurrency * rounds; i++) {
            refused.add(new Sender.Signed("dense-" + i, dense));
            nothingAwaited.put("dense-" + i, 0L);
        }
        long idleAgain = heap.now();
        heap.start();
        Sender.Result elementDense = sender.closedLoop(refused, nothingAwaited, Duration.ofSeconds(60));
        report("element-dense (refused)", elementDense, idleAgain, heap.peak(), dense.length, concurrency);
    }

    /**
     * The live heap's growth per large interchange inside the gateway at each sample:
     * sent and not yet acknowledged (accepted, stored and not yet delivered, or being
     * delivered). Reported at the sample with most in the gateway, and at the largest
     * ratio.
     */
    private void perInGateway(List<LiveHeap.Sample> samples, Map<String, Long> sentAt, long idle, int payload) {
        double worst = 0;
        String atMost = "no sample";
        int most = 0;
        for (LiveHeap.Sample sample : samples) {
            int inside = 0;
            for (Map.Entry<String, Long> sent : sentAt.entrySet()) {
                Long acknowledged = this.notified.get(sent.getKey());
                if (sent.getValue() <= sample.nanoTime()
                        && (acknowledged == null || acknowledged > sample.nanoTime())) {
                    inside++;
                }
            }
            if (inside == 0) {
                continue;
            }
            double factor = (sample.megabytes() - idle) * 1e6 / ((double) inside * payload);
            worst = Math.max(worst, factor);
            if (inside > most) {
                most = inside;
                atMost = String.format("%d MB with %d inside -> %.2f", sample.megabytes(), inside, factor);
            }
        }
        System.out.printf("per large interchange inside the gateway (%d samples): at the most inside %s;"
                + " largest ratio %.2f%n", samples.size(), atMost, worst);
    }

    private static void report(String shape, Sender.Result result, long idle, long peak, int payload, int concurrency) {
        double growth = Math.max(0, peak - idle);
        System.out.printf(
                "%s: %d sent, %d not accepted or not acknowledged, accept p50 %.0f ms; live heap peak %d MB over"
                        + " idle %d MB = %.0f MB for %d x %.1f MB in flight -> heap factor %.2f%n",
                shape, result.sent(), result.errors(), result.p50(), peak, idle, growth, concurrency, payload / 1e6,
                growth * 1e6 / ((double) concurrency * payload));
    }

    private List<Sender.Signed> textDense(int count, int bytes, int longestRun) {
        List<Sender.Signed> signed = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Document event = (Document) this.template.cloneNode(true);
            String reference = String.valueOf(this.nextReference++);
            Interchanges.setControlReference(event, reference);
            Interchanges.setCrn(event, "B" + (this.nextCase++));
            Document large = LargeInterchanges.textDense(event, bytes, longestRun);
            signed.add(new Sender.Signed(reference,
                    SecureXml.serialize(this.client.sign(large, SigningOptions.strict()))));
        }
        return signed;
    }

}
