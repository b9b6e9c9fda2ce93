package uk.gov.justice.ppg.gateway.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.GatewayApplication;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.GatewayNodes;
import uk.gov.justice.ppg.gateway.support.Readiness;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.gateway.support.StandaloneArtemis;
import uk.gov.justice.ppg.gateway.support.TestPki;
import uk.gov.justice.ppg.tools.client.PartnerClient;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.cluster.StandaloneBroker;

/**
 * A node on the standalone broker shuts down within a bounded time when the broker is
 * gone: its consumers, senders and the Camel routes give up waiting for the broker
 * instead of retrying it for ever on the way out.
 */
class BoundedShutdownIT {

    private static final Duration BOUND = Duration.ofSeconds(45);

    @Test
    void aNodeWhoseBrokerIsGoneStillStopsWithinTheBound() throws Exception {
        StandaloneBroker broker = StandaloneArtemis.create();
        broker.start();
        ConfigurableApplicationContext node;
        try {
            node = start(broker);
            Document event = Samples.fresh("0-9-14/valid/event.xml");
            assertThat(PartnerClient.of(TestPki.layout(), ExampleParty.N00, GatewayNodes.endpoint(node))
                .send(event, SigningOptions.strict())
                .accepted()).isTrue();
        }
        finally {
            broker.stop();
        }
        int management = Integer.parseInt(node.getEnvironment().getProperty("local.management.port"));
        Awaitility.await("readiness DOWN with the broker gone")
            .atMost(Duration.ofSeconds(20))
            .until(() -> Readiness.of(management), (answer) -> answer.startsWith("503"));
        long started = System.nanoTime();
        Thread closer = new Thread(node::close, "closer");
        closer.start();
        closer.join(BOUND.toMillis());
        assertThat(closer.isAlive())
            .as("still stopping after %s, at %s", BOUND, Arrays.toString(closer.getStackTrace()))
            .isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("shutdown with the broker gone").isLessThan(BOUND);
    }

    private static ConfigurableApplicationContext start(StandaloneBroker broker) {
        Map<String, String> properties = new LinkedHashMap<>(GatewayIT.properties(GatewayIT.dataDirectory()));
        properties.put("server.port", "0");
        properties.put("gateway.node-id", "bounded-shutdown");
        properties.put("spring.artemis.mode", "native");
        properties.put("spring.artemis.embedded.enabled", "false");
        properties.put("spring.artemis.broker-url", broker.url());
        properties.put("spring.artemis.user", broker.user());
        properties.put("spring.artemis.password", broker.password());
        List<String> arguments = new ArrayList<>();
        properties.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return new SpringApplicationBuilder(GatewayApplication.class).run(arguments.toArray(new String[0]));
    }

}
