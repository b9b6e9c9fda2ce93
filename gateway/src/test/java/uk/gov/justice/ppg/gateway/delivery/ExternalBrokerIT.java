package uk.gov.justice.ppg.gateway.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.partner.KillSwitches;
import uk.gov.justice.ppg.gateway.support.DeliveryProbe;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.gateway.support.StandaloneArtemis;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;
import uk.gov.justice.ppg.tools.cluster.StandaloneBroker;

/**
 * The gateway on the standalone Artemis broker (its own process, from Maven Central)
 * instead of the embedded one: accept, deliver and notify work the same, and deliveries
 * queued when the broker restarts are delivered afterwards, in order, with one DELIVERED
 * record each.
 */
class ExternalBrokerIT extends GatewayIT {

    private static final StandaloneBroker BROKER = startBroker();

    /**
     * This class's context, which Spring keeps open until the JVM exits: the broker stops
     * only after it has closed, or its consumers would wait for the broker on the way
     * out.
     */
    private static volatile ConfigurableApplicationContext context;

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Autowired
    private KillSwitches switches;

    @DynamicPropertySource
    static void externalBroker(DynamicPropertyRegistry registry) {
        registry.add("spring.artemis.mode", () -> "native");
        registry.add("spring.artemis.embedded.enabled", () -> "false");
        registry.add("spring.artemis.broker-url", BROKER::url);
        registry.add("spring.artemis.user", BROKER::user);
        registry.add("spring.artemis.password", BROKER::password);
        registry.add("test.artemis.directory", () -> dataDirectory().resolve("unused").toString());
    }

    @Autowired
    void closeBeforeTheBroker(ConfigurableApplicationContext applicationContext) {
        context = applicationContext;
    }

    @Test
    void acceptsDeliversAndNotifiesThroughTheStandaloneBroker() throws Exception {
        Document event = event("E100001");
        send(event);
        String reference = Samples.controlReference(event);
        assertThat(this.deliveries.awaitFinal(reference, WITHIN)).singleElement()
            .satisfies((row) -> assertThat(row).containsEntry("state", "DELIVERED"));
        DeliveryProbe.awaitReceived(PARTNERS, "nps", "<ReceiverControlReference>" + reference, 1, WITHIN);
    }

    @Test
    void deliversWhatWasQueuedAcrossABrokerRestartInOrder() throws Exception {
        this.switches.set("c00", KillSwitches.Direction.DELIVERIES, true, "test");
        List<Document> events = List.of(event("E100002"), event("E100002"), event("E100002"));
        try {
            for (Document event : events) {
                send(event);
            }
            BROKER.stop();
            BROKER.start();
        }
        finally {
            this.switches.set("c00", KillSwitches.Direction.DELIVERIES, false, "test");
        }
        List<Date> firstReceipts = new ArrayList<>();
        for (Document event : events) {
            String reference = Samples.controlReference(event);
            assertThat(this.deliveries.awaitFinal(reference, WITHIN)).singleElement()
                .satisfies((row) -> assertThat(row).containsEntry("state", "DELIVERED"));
            List<LoggedRequest> received = PARTNERS.received("c00", reference);
            assertThat(received).isNotEmpty();
            firstReceipts.add(received.get(0).getLoggedDate());
            assertThat(this.audit.since(this.auditMark, "DELIVERED")).filteredOn("sender_control_ref", reference)
                .hasSize(1);
        }
        assertThat(firstReceipts).isSorted();
    }

    private static Document event(String crn) {
        Document event = Samples.fresh("0-9-14/valid/event.xml");
        Samples.setDescendantText(event, "CaseReferenceNumber", crn);
        return event;
    }

    private void send(Document event) throws Exception {
        SpgResponse response = client(ExampleParty.N00).send(event, SigningOptions.strict());
        assertThat(response.accepted()).as(response.text()).isTrue();
    }

    private static StandaloneBroker startBroker() {
        try {
            StandaloneBroker broker = StandaloneArtemis.create();
            broker.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (context != null) {
                    context.close();
                }
                try {
                    broker.close();
                }
                catch (Exception ex) {
                    throw new IllegalStateException("standalone broker did not stop", ex);
                }
            }, "standalone-broker-stop"));
            return broker;
        }
        catch (Exception ex) {
            throw new IllegalStateException("cannot run the standalone broker", ex);
        }
    }

}
