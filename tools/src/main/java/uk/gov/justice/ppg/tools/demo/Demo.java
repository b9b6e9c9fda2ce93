package uk.gov.justice.ppg.tools.demo;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.certs.PkiLayout;
import uk.gov.justice.ppg.tools.client.Interchanges;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.stub.StubPartner;
import uk.gov.justice.ppg.tools.stub.StubPartners;

/**
 * Starts stub partner systems (nDelius, the CRCs, a police force, children's services,
 * each with its own example certificate) and tells the gateway's story against a running
 * gateway: nDelius allocates cases; every SPG body goes from a partner that may send it,
 * in that partner's schema version (0-9-14 for nDelius, C00 and the agencies, 0-9-13 for
 * C21, whose deliveries are mediated down); a legacy partner signs as SPG's own client
 * did; a test interchange reaches only a test endpoint; then each rule is shown refusing
 * what it exists to refuse; the police force PF01, on the agency API, reads nDelius's
 * check request from its inbox and answers it as JSON ({@link AgencyStory}). Last, what
 * the stubs received and the status notifications. Arguments: gateway endpoint, example
 * PKI directory, samples directory and, for the agency story, the agency API's base URL
 * and Keycloak's token endpoint. The register already holds D100002 (C21) and D100003
 * (C04), imported by {@code ./demo} from {@code config/demo-cases.csv}.
 */
public final class Demo {

    /** The parties on the inbox channel: they read what is theirs on the agency API. */
    static final Set<String> INBOXES = Set.of("PF01");

    /** Who sends a 0-9-14 sample: the partner its header names. */
    private static final Map<String, ExampleParty> SENDERS = Map.of("N00", ExampleParty.N00, "C00", ExampleParty.C00,
            "PF01", ExampleParty.PF01, "CS202", ExampleParty.CS202);

    private static final Set<String> ALLOCATIONS = Set.of("event.xml", "event-spg-generator.xml");

    /**
     * Samples 0-9-13 cannot carry whole (a court appearance's bail conditions): refused,
     * and shown among the refusals.
     */
    private static final Set<String> WITHHELD = Set.of("court-appearance.xml");

    /**
     * Samples not sent in step 2: the police force answers its check over the agency API
     * in step 7 (a second answer would be refused, GW-093), and only the gateway writes
     * the check ledger's notices.
     */
    private static final Set<String> NOT_SENT = Set.of("domestic-abuse-check-result.xml",
            "check-ledger-notification.xml");

    private final Traffic traffic;

    private Demo(Traffic traffic) {
        this.traffic = traffic;
    }

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args.length > 0 ? args[0] : "https://localhost:9001/cxf/InboundSPGProxy/1.2");
        PkiLayout pki = new PkiLayout(Path.of(args.length > 1 ? args[1] : "certs-example/out"));
        Path samples = Path.of(args.length > 2 ? args[2] : "schemas/src/test/resources/samples");
        List<StubPartner> stubs = new ArrayList<>();
        try {
            for (Map.Entry<ExampleParty, Integer> stub : StubPartners.PORTS.entrySet()) {
                stubs.add(StubPartner.start(pki, stub.getKey(), stub.getValue(), "/spg", (receipt) -> {
                }));
            }
            Traffic traffic = new Traffic(endpoint, pki, samples);
            Demo demo = new Demo(traffic);
            demo.run();
            int unexpected = new Refusals(traffic).run();
            if (args.length > 4 && !new AgencyStory(URI.create(args[3]), URI.create(args[4]), pki).run()) {
                unexpected++;
                System.out.println("the agency API story did not go as intended");
            }
            summarise(traffic, stubs);
            if (unexpected > 0) {
                System.out.println(unexpected + " refusal(s) did not go as intended");
                System.exit(1);
            }
        }
        finally {
            stubs.forEach(StubPartner::close);
        }
    }

    private void run() throws Exception {
        heading("1. nDelius allocates: the case register learns D100001 (C00) and X123456 (C21)");
        send("0-9-14/valid/event.xml", ExampleParty.N00);
        send("0-9-14/valid/event-spg-generator.xml", ExampleParty.N00);

        heading("2. every body in 0-9-14, from the partner that may send it (D100001, held by C00)");
        for (String name : this.traffic.list("0-9-14/valid")) {
            if (!ALLOCATIONS.contains(name) && !NOT_SENT.contains(name)) {
                Document sample = this.traffic.sample("0-9-14/valid/" + name);
                send("0-9-14/valid/" + name, sample, SENDERS.get(sender(sample)), SigningOptions.strict());
            }
        }

        heading("3. 0-9-13: C21 sends in 0-9-13; nDelius's case data reaches C21 rendered as 0-9-13 (D100002, imported)");
        for (String name : this.traffic.list("0-9-13/valid")) {
            Document sample = this.traffic.sample("0-9-13/valid/" + name);
            if ("C21".equals(sender(sample))) {
                send("0-9-13/valid/" + name, sample, ExampleParty.C21, SigningOptions.strict());
            }
            else if ("N00".equals(sender(sample)) && !ALLOCATIONS.contains(name) && !WITHHELD.contains(name)) {
                Document toC21 = this.traffic.sample("0-9-14/valid/" + name);
                if (!"C00".equals(Interchanges.get(toC21, "SPGInterchangeHeader", "ReceiverIdentity"))) {
                    continue;
                }
                Interchanges.setParty(toC21, "ReceiverIdentity", "C21");
                Interchanges.setCrn(toC21, "D100002");
                send("0-9-14/valid/" + name + " to C21, delivered as 0-9-13", toC21, ExampleParty.N00,
                        SigningOptions.strict());
            }
        }

        heading("4. a legacy SPG partner: C04 signs as SPG's client did (spg-2018); accepted, audited as weak");
        for (String name : List.of("contact.xml", "upw-contact.xml", "address.xml")) {
            Document legacy = this.traffic.sample("0-9-13/valid/" + name);
            Interchanges.setParty(legacy, "SenderIdentity", "C04");
            Interchanges.setCrn(legacy, "D100003");
            send("0-9-13/valid/" + name + " from C04 about D100003", legacy, ExampleParty.C04,
                    SigningOptions.spg2018());
        }

        heading("5. a test interchange (TestIndicator Y) to C00, a test endpoint: delivered, audited as TEST");
        Document test = this.traffic.sample("0-9-14/valid/custody-date.xml");
        Interchanges.set(test, "SPGInterchangeHeader", "TestIndicator", "Y");
        send("0-9-14/valid/custody-date.xml, TestIndicator Y", test, ExampleParty.N00, SigningOptions.strict());
    }

    private void send(String path, ExampleParty signer) {
        send(path, this.traffic.sample(path), signer, SigningOptions.strict());
    }

    private void send(String label, Document interchange, ExampleParty signer, SigningOptions options) {
        this.traffic.send(label, interchange, signer, options);
    }

    private static void summarise(Traffic traffic, List<StubPartner> stubs) throws InterruptedException {
        Outcomes outcomes = new Outcomes(stubs);
        outcomes.awaitNotifications(traffic.sent(), Duration.ofSeconds(30));
        heading("8. what the stub partners received for each accepted interchange, and the ISN back to its sender");
        for (Sent accepted : traffic.sent()) {
            if (accepted.accepted()) {
                System.out.printf("  %-72s %s%n", accepted.label(), outcomes.describe(accepted));
            }
        }
    }

    static void heading(String text) {
        System.out.println();
        System.out.println("-- " + text);
    }

    private static String sender(Document interchange) {
        return Interchanges.get(interchange, "SPGInterchangeHeader", "SenderIdentity");
    }

    /**
     * One interchange sent.
     *
     * @param label what it is, for printing
     * @param body its first body's name
     * @param signer who signed and sent it
     * @param senderIdentity its SenderIdentity
     * @param reference its control reference
     * @param accepted whether the gateway answered 200
     * @param answer the gateway's answer, for printing
     */
    record Sent(String label, String body, ExampleParty signer, String senderIdentity, String reference,
            boolean accepted, String answer) {
    }

}
