package uk.gov.justice.ppg.faults;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.w3c.dom.Document;

import uk.gov.justice.ppg.tools.client.Interchanges;
import uk.gov.justice.ppg.tools.client.PartnerClient;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * nDelius under faults: each thread owns some cases and sends their events one after
 * another, the next only once the last was accepted. After any connection error or 503 it
 * sends the same interchange again (same control reference, freshly signed) until it is
 * accepted. It keeps the order in which each case's interchanges were accepted, and every
 * answer that a partner could misread: anything but 200 accepted, a 503 SOAP fault with a
 * GW code, or no answer at all. Given several nodes, each thread starts at its own and
 * moves to the next after a failed attempt, as a load balancer takes a dead node out.
 */
final class RetryingSender {

    private final List<PartnerClient> clients;

    private final byte[] sample;

    private final List<List<String>> casesByThread;

    private final AtomicLong references;

    private final AtomicBoolean running = new AtomicBoolean();

    private final Map<String, List<String>> acceptedByCase = new ConcurrentHashMap<>();

    private final List<String> misleading = new CopyOnWriteArrayList<>();

    private final Map<String, AtomicLong> answers = new ConcurrentHashMap<>();

    private ExecutorService threads;

    RetryingSender(PartnerClient client, byte[] sample, List<List<String>> casesByThread, long firstReference) {
        this(List.of(client), sample, casesByThread, firstReference);
    }

    RetryingSender(List<PartnerClient> clients, byte[] sample, List<List<String>> casesByThread, long firstReference) {
        this.clients = List.copyOf(clients);
        this.sample = sample.clone();
        this.casesByThread = casesByThread;
        this.references = new AtomicLong(firstReference);
    }

    void start() {
        this.running.set(true);
        this.threads = Executors.newFixedThreadPool(this.casesByThread.size());
        for (int t = 0; t < this.casesByThread.size(); t++) {
            List<String> cases = this.casesByThread.get(t);
            int first = t % this.clients.size();
            this.threads.submit(() -> sendAll(cases, first));
        }
    }

    /** Stops after each thread's interchange in flight is accepted. */
    void stop() throws InterruptedException {
        this.running.set(false);
        this.threads.shutdown();
        if (!this.threads.awaitTermination(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the sender did not finish its last interchanges");
        }
    }

    Map<String, List<String>> acceptedByCase() {
        return this.acceptedByCase;
    }

    List<String> misleading() {
        return List.copyOf(this.misleading);
    }

    Map<String, AtomicLong> answers() {
        return this.answers;
    }

    int accepted() {
        return this.acceptedByCase.values().stream().mapToInt(List::size).sum();
    }

    private void sendAll(List<String> cases, int first) {
        int[] node = { first };
        for (int i = 0; this.running.get(); i = (i + 1) % cases.size()) {
            String crn = cases.get(i);
            String reference = Long.toString(this.references.incrementAndGet());
            if (!sendUntilAccepted(crn, reference, node)) {
                return;
            }
            this.acceptedByCase.computeIfAbsent(crn, (key) -> new CopyOnWriteArrayList<>()).add(reference);
        }
    }

    private boolean sendUntilAccepted(String crn, String reference, int[] node) {
        while (true) {
            try {
                Document interchange = PartnerClient.read(this.sample);
                Interchanges.setCrn(interchange, crn);
                Interchanges.setControlReference(interchange, reference);
                SpgResponse response = this.clients.get(node[0]).send(interchange, SigningOptions.strict());
                if (classify(response)) {
                    return true;
                }
            }
            catch (IOException ex) {
                count("no answer (" + ex.getClass().getSimpleName() + ")");
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return false;
            }
            node[0] = (node[0] + 1) % this.clients.size();
            pause();
        }
    }

    /** True if accepted; records what came back. */
    private boolean classify(SpgResponse response) {
        if (response.accepted()) {
            count("200");
            return true;
        }
        String code = response.errorCode().orElse(null);
        if (response.status() == 503 && code != null) {
            count("503 " + code);
            return false;
        }
        String answer = response.status() + " " + ((code != null) ? code : "(" + response.body().length + " bytes)");
        count(answer);
        this.misleading.add(answer);
        return false;
    }

    private void count(String answer) {
        this.answers.computeIfAbsent(answer, (key) -> new AtomicLong()).incrementAndGet();
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    static List<List<String>> cases(int threads, int casesEach) {
        List<List<String>> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<String> mine = new ArrayList<>();
            for (int c = 0; c < casesEach; c++) {
                mine.add(String.format("F%06d", t * casesEach + c + 1));
            }
            all.add(mine);
        }
        return all;
    }

}
