package uk.gov.justice.ppg.gateway.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import uk.gov.justice.ppg.tools.cluster.StandaloneBroker;

/**
 * The standalone Apache Artemis broker from Maven Central (unpacked into
 * {@code target/artemis-dist} by the build) for a test: a fresh instance under
 * {@code target/it-data} on a random port offset, with the gateway's address settings.
 */
public final class StandaloneArtemis {

    private static final Path DISTRIBUTION = Path.of("target", "artemis-dist", "apache-artemis-2.44.0");

    private StandaloneArtemis() {
    }

    public static StandaloneBroker create() throws IOException, InterruptedException {
        // 61617 to 65516: above Linux's ephemeral port range, within the port limit
        int offset = 1 + ThreadLocalRandom.current().nextInt(3900);
        return StandaloneBroker.create(DISTRIBUTION, Path.of("target", "it-data", "broker-" + UUID.randomUUID()),
                offset, Path.of("..", "config", "artemis", "gateway-broker-settings.xml"));
    }

}
