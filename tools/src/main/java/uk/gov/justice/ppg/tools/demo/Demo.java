package uk.gov.justice.ppg.tools.demo;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.certs.PkiLayout;
import uk.gov.justice.ppg.tools.client.Interchanges;
import uk.gov.justice.ppg.tools.client.PartnerClient;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;
import uk.gov.justice.ppg.tools.stub.StubPartner;

/**
 * Starts stub partner systems (nDelius, the CRCs, a police force, children's services,
 * each with its own example certificate), sends every sample of the corpus to a running
 * gateway signed by the partner its header names (invalid samples by a partner pinned to
 * their version), then prints what happened to each: the gateway's answer, the deliveries
 * the stubs received and the status notification back to the sender. Arguments: gateway
 * endpoint, example PKI directory, samples directory.
 */
public final class Demo {

    /** The stub partners and the ports config/partners.yml gives them. */
    static final Map<ExampleParty, Integer> STUBS = Map.of(ExampleParty.N00, 9101, ExampleParty.C00, 9102,
            ExampleParty.MTC, 9103, ExampleParty.C21, 9104, ExampleParty.C04, 9105, ExampleParty.PF01, 9107,
            ExampleParty.CS202, 9108);

    private static final Map<String, ExampleParty> SENDERS = Map.of("N00", ExampleParty.N00, "C00", ExampleParty.C00,
            "C21", ExampleParty.C21, "PF01", ExampleParty.PF01, "CS202", ExampleParty.CS202);

    private final URI endpoint;

    private final PkiLayout pki;

    private final List<Sent> sent = new ArrayList<>();

    private long nextReference = System.currentTimeMillis() * 1000;

    private Demo(URI endpoint, PkiLayout pki) {
        this.endpoint = endpoint;
        this.pki = pki;
    }

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args.length > 0 ? args[0] : "https://localhost:9001/cxf/InboundSPGProxy/1.2");
        PkiLayout pki = new PkiLayout(Path.of(args.length > 1 ? args[1] : "certs-example/out"));
        Path samples = Path.of(args.length > 2 ? args[2] : "schemas/src/test/resources/samples");
        List<StubPartner> stubs = new ArrayList<>();
        try {
            for (Map.Entry<ExampleParty, Integer> stub : STUBS.entrySet()) {
                stubs.add(StubPartner.start(pki, stub.getKey(), stub.getValue(), "/spg", (receipt) -> {
                }));
            }
            new Demo(endpoint, pki).run(samples, stubs);
        }
        finally {
            stubs.forEach(StubPartner::close);
        }
    }

    private void run(Path samples, List<StubPartner> stubs) throws Exception {
        System.out.println("-- sending: sample, signer, gateway's answer");
        for (String version : List.of("0-9-14", "0-9-13")) {
            for (String kind : List.of("valid", "invalid")) {
                for (Path sample : list(samples.resolve(version).resolve(kind))) {
                    Sent outcome = send(sample, version, "valid".equals(kind));
                    this.sent.add(outcome);
                    System.out.printf("%-58s %-6s %s%n", samples.relativize(sample), outcome.signer().name(),
                            outcome.answer());
                }
            }
        }
        Outcomes outcomes = new Outcomes(stubs);
        outcomes.awaitNotifications(this.sent, Duration.ofSeconds(30));
        System.out.println();
        System.out
            .println("-- accepted interchanges: stub partners that received them, and the ISN back to the sender");
        for (Sent accepted : this.sent) {
            if (accepted.accepted()) {
                System.out.printf("%-58s %s%n", accepted.sample().getFileName(), outcomes.describe(accepted));
            }
        }
    }

    /**
     * Valid samples go from the partner their header names, with a fresh control
     * reference so a second run flows end to end again; invalid ones go from a partner
     * pinned to their version, so only validation can refuse them.
     */
    private Sent send(Path sample, String version, boolean valid) {
        ExampleParty pinned = "0-9-13".equals(version) ? ExampleParty.C21 : ExampleParty.N00;
        try {
            Document interchange = PartnerClient.read(Files.readAllBytes(sample));
            ExampleParty signer = valid ? SENDERS.getOrDefault(sender(interchange), pinned) : pinned;
            String reference = "-";
            if (valid) {
                reference = String.valueOf(this.nextReference++);
                Interchanges.setControlReference(interchange, reference);
            }

            SpgResponse response = PartnerClient.of(this.pki, signer, this.endpoint)
                .send(interchange, SigningOptions.strict());
            return new Sent(sample, signer, sender(interchange), reference, response.accepted(), response.outcome());
        }
        catch (Exception ex) {
            return new Sent(sample, pinned, "?", "?", false, "not sent: " + ex.getClass().getSimpleName());
        }
    }

    private static String sender(Document interchange) {
        try {
            return Interchanges.get(interchange, "SPGInterchangeHeader", "SenderIdentity");
        }
        catch (RuntimeException ex) {
            return "?";
        }
    }

    /**
     * Allocation Events first, so the CRCs hold the cases the other samples are about.
     */
    private static List<Path> list(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter((file) -> file.toString().endsWith(".xml"))
                .sorted(Comparator.comparing((Path file) -> !file.getFileName().toString().startsWith("event"))
                    .thenComparing(Path::toString))
                .toList();
        }
    }

    /**
     * One sample sent.
     *
     * @param sample the file
     * @param signer who signed and sent it
     * @param senderIdentity its SenderIdentity
     * @param reference its control reference
     * @param accepted whether the gateway answered 200
     * @param answer the gateway's answer, for printing
     */
    record Sent(Path sample, ExampleParty signer, String senderIdentity, String reference, boolean accepted,
            String answer) {
    }

}
