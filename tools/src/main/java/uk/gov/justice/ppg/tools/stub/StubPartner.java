package uk.gov.justice.ppg.tools.stub;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import org.apache.wss4j.common.crypto.Merlin;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.certs.PkiLayout;
import uk.gov.justice.ppg.tls.MutualTls;

/**
 * One partner's system, reduced to what the gateway needs of it: an HTTPS endpoint
 * demanding a client certificate from the example CAs, presenting the partner's own TLS
 * certificate, that checks the gateway's WS-Security signature, deduplicates on (sender,
 * control reference) and answers {@code SPGInterchangeResponse} 200.
 */
public final class StubPartner implements AutoCloseable {

    /** Larger than the gateway's largest interchange (10 MB) in its SOAP envelope. */
    private static final int LARGEST_BODY = 32 * 1024 * 1024;

    private static final byte[] ACCEPTED = ("<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\">"
            + "<soap:Header/><soap:Body><SPGInterchangeResponse xmlns=\"http://www.justice.gsi.gov.uk/SPG/\">"
            + "<SPGInterchangeResponseType>200</SPGInterchangeResponseType></SPGInterchangeResponse></soap:Body>"
            + "</soap:Envelope>")
        .getBytes(StandardCharsets.UTF_8);

    private final ExampleParty party;

    private final HttpsServer server;

    private final Queue<Receipt> receipts = new ConcurrentLinkedQueue<>();

    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    private final Consumer<Receipt> listener;

    private final Merlin trust = new Merlin();

    private volatile boolean light;

    private volatile long answerAfterMillis;

    private StubPartner(ExampleParty party, HttpsServer server, Consumer<Receipt> listener, PkiLayout pki) {
        this.party = party;
        this.server = server;
        this.listener = listener;
        this.trust.setTrustStore(pki.load(pki.trustStore()));
    }

    /**
     * Starts the stub on {@code port} (0 for any), calling {@code listener} with each
     * receipt.
     */
    public static StubPartner start(PkiLayout pki, ExampleParty party, int port, String path,
            Consumer<Receipt> listener) throws IOException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        SSLContext tls = MutualTls.context(pki.load(pki.tlsKeyStore(party)), pki.password(),
                pki.load(pki.trustStore()));
        server.setHttpsConfigurator(new HttpsConfigurator(tls) {
            @Override
            public void configure(HttpsParameters parameters) {
                parameters.setSSLParameters(MutualTls.server(getSSLContext()));
            }
        });
        server.setExecutor(Executors.newCachedThreadPool());
        StubPartner stub = new StubPartner(party, server, listener, pki);
        server.createContext(path, stub::handle);
        server.start();
        return stub;
    }

    /**
     * Light mode for load tests: read only the control references, skip parsing and
     * signature verification, so the stub spends as little of a shared machine's CPU as a
     * partner on its own hardware would.
     */
    public StubPartner light() {
        this.light = true;
        return this;
    }

    /**
     * Answers each request only after {@code latency}, as a partner's system that takes
     * that long to store what it receives.
     */
    public StubPartner answeringAfter(Duration latency) {
        this.answerAfterMillis = latency.toMillis();
        return this;
    }

    public int port() {
        return this.server.getAddress().getPort();
    }

    public ExampleParty party() {
        return this.party;
    }

    public List<Receipt> receipts() {
        return List.copyOf(this.receipts);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(LARGEST_BODY);
        }
        Receipt receipt = this.light ? Receipt.skim(this.party, body) : Receipt.read(this.party, body, this.trust);
        boolean fresh = this.seen.add(receipt.sender() + "/" + receipt.controlReference());
        Receipt recorded = fresh ? receipt : receipt.asDuplicate();
        this.receipts.add(recorded);
        this.listener.accept(recorded);
        if (this.answerAfterMillis > 0) {
            try {
                Thread.sleep(this.answerAfterMillis);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
        exchange.getResponseHeaders().add("Content-Type", "application/soap+xml; charset=UTF-8");
        exchange.sendResponseHeaders(200, ACCEPTED.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(ACCEPTED);
        }
    }

    @Override
    public void close() {
        this.server.stop(0);
        ((ExecutorService) this.server.getExecutor()).shutdownNow();
    }

}
