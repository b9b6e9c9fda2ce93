package uk.gov.justice.ppg.tools.stub;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.certs.PkiLayout;

/**
 * The partners' systems of config/partners.yml on loopback, each a {@link StubPartner} on
 * the port the directory gives it, until the process is stopped; every 10 s it prints
 * what each has received. Arguments: the example PKI directory, and optionally how long
 * each takes to answer, in milliseconds.
 */
public final class StubPartners {

    /** The stub partners and their ports in config/partners.yml (PF01 has an inbox). */
    public static final Map<ExampleParty, Integer> PORTS = Map.of(ExampleParty.N00, 9101, ExampleParty.C00, 9102,
            ExampleParty.MTC, 9103, ExampleParty.C21, 9104, ExampleParty.C04, 9105, ExampleParty.CS202, 9108);

    private StubPartners() {
    }

    public static void main(String[] args) throws Exception {
        PkiLayout pki = new PkiLayout(Path.of(args.length > 0 ? args[0] : "certs-example/out"));
        Duration latency = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 0);
        List<StubPartner> stubs = new ArrayList<>();
        for (Map.Entry<ExampleParty, Integer> port : new TreeMap<>(PORTS).entrySet()) {
            stubs.add(StubPartner.start(pki, port.getKey(), port.getValue(), "/spg", (receipt) -> {
            }).light().answeringAfter(latency));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stubs.forEach(StubPartner::close), "stubs-stop"));
        System.out.println("stub partners up on 127.0.0.1:" + new TreeMap<>(PORTS) + ", answering after "
                + latency.toMillis() + " ms");
        while (true) {
            Thread.sleep(10_000);
            StringBuilder line = new StringBuilder("received:");
            for (StubPartner stub : stubs) {
                line.append(' ').append(stub.party().name()).append('=').append(stub.receipts().size());
            }
            System.out.println(line);
        }
    }

}
