package uk.gov.justice.ppg.tools.demo;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.certs.PkiLayout;
import uk.gov.justice.ppg.tools.client.PartnerClient;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * Sends every sample of the corpus to a running gateway, signed by the partner its header
 * names (invalid samples by a partner pinned to their version), and prints what the
 * gateway answered. Arguments: gateway endpoint, example PKI directory, samples
 * directory.
 */
public final class Demo {

    private static final Map<String, ExampleParty> PARTIES = Map.of("N00", ExampleParty.N00, "C00", ExampleParty.C00,
            "C21", ExampleParty.C21, "PF01", ExampleParty.PF01, "CS202", ExampleParty.CS202);

    private final URI endpoint;

    private final PkiLayout pki;

    private Demo(URI endpoint, PkiLayout pki) {
        this.endpoint = endpoint;
        this.pki = pki;
    }

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args.length > 0 ? args[0] : "https://localhost:9001/cxf/InboundSPGProxy/1.2");
        PkiLayout pki = new PkiLayout(Path.of(args.length > 1 ? args[1] : "certs-example/out"));
        Path samples = Path.of(args.length > 2 ? args[2] : "schemas/src/test/resources/samples");
        new Demo(endpoint, pki).run(samples);
    }

    private void run(Path samples) throws Exception {
        for (String version : List.of("0-9-14", "0-9-13")) {
            for (String kind : List.of("valid", "invalid")) {
                for (Path sample : list(samples.resolve(version).resolve(kind))) {
                    System.out.println(line(samples.relativize(sample), send(sample, version, "valid".equals(kind))));
                }
            }
        }
    }

    /**
     * Valid samples go from the partner their header names; invalid ones from a partner
     * pinned to their version, so only validation can refuse them.
     */
    private String send(Path sample, String version, boolean valid) {
        try {
            Document interchange = PartnerClient.read(Files.readAllBytes(sample));
            ExampleParty pinned = "0-9-13".equals(version) ? ExampleParty.C21 : ExampleParty.N00;
            ExampleParty party = valid ? PARTIES.getOrDefault(senderOf(interchange), pinned) : pinned;

            SpgResponse response = PartnerClient.of(this.pki, party, this.endpoint)
                .send(interchange, SigningOptions.strict());
            return String.format("%-6s %s", party.name(), response.outcome());
        }
        catch (Exception ex) {
            return "not sent: " + ex.getClass().getSimpleName();
        }
    }

    private static String senderOf(Document interchange) {
        var senders = interchange.getDocumentElement().getElementsByTagNameNS("*", "SenderIdentity");
        return (senders.getLength() > 0) ? senders.item(0).getTextContent().trim() : "";
    }

    private static String line(Path sample, String outcome) {
        return String.format("%-58s %s", sample, outcome);
    }

    private static List<Path> list(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter((file) -> file.toString().endsWith(".xml")).sorted().toList();
        }
    }

}
