package uk.gov.justice.ppg.tools.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.certs.PkiLayout;
import uk.gov.justice.ppg.tools.client.Interchanges;
import uk.gov.justice.ppg.tools.client.PartnerClient;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * What the demo sends: samples read from the corpus with a fresh control reference (so a
 * second run flows end to end again), signed and sent by a partner, each answer printed
 * and kept for the summary.
 */
final class Traffic {

    private final URI endpoint;

    private final PkiLayout pki;

    private final Path samples;

    private final List<Demo.Sent> sent = new ArrayList<>();

    private long nextReference = System.currentTimeMillis() * 1000;

    Traffic(URI endpoint, PkiLayout pki, Path samples) {
        this.endpoint = endpoint;
        this.pki = pki;
        this.samples = samples;
    }

    /** A corpus sample, e.g. {@code 0-9-14/valid/event.xml}, with a fresh reference. */
    Document sample(String path) {
        Document interchange = read(path);
        Interchanges.setControlReference(interchange, String.valueOf(this.nextReference++));
        return interchange;
    }

    /** A corpus sample exactly as it is in the file. */
    Document read(String path) {
        try {
            return PartnerClient.read(Files.readAllBytes(this.samples.resolve(path)));
        }
        catch (IOException ex) {
            throw new IllegalStateException("cannot read sample " + path, ex);
        }
    }

    /** The file names of the samples in one corpus directory, sorted. */
    List<String> list(String directory) throws IOException {
        try (var files = Files.list(this.samples.resolve(directory))) {
            return files.map((file) -> file.getFileName().toString())
                .filter((name) -> name.endsWith(".xml"))
                .sorted()
                .toList();
        }
    }

    /** Signs and sends, prints {@code label signer answer}, and keeps the outcome. */
    Demo.Sent send(String label, Document interchange, ExampleParty signer, SigningOptions options) {
        SpgResponse response = answer(interchange, signer, options);
        String body = Interchanges.body(interchange);
        Demo.Sent outcome = new Demo.Sent(label, body, signer,
                Interchanges.get(interchange, "SPGInterchangeHeader", "SenderIdentity"),
                Interchanges.controlReference(interchange), response.accepted(), response.outcome());
        this.sent.add(outcome);
        System.out.printf("  %-72s %-6s %s%n", label, signer.name(), outcome.answer());
        return outcome;
    }

    /** Signs and sends, and returns the answer without keeping it. */
    SpgResponse answer(Document interchange, ExampleParty signer, SigningOptions options) {
        try {
            return client(signer).send(interchange, options);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("the gateway did not answer", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    PartnerClient client(ExampleParty party) {
        return PartnerClient.of(this.pki, party, this.endpoint);
    }

    List<Demo.Sent> sent() {
        return List.copyOf(this.sent);
    }

}
