package uk.gov.justice.ppg.gateway.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.jms.core.JmsTemplate;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.audit.Actor;
import uk.gov.justice.ppg.gateway.partner.KillSwitches;
import uk.gov.justice.ppg.gateway.partner.PartnerSwitches;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.HeaderRecorder;
import uk.gov.justice.ppg.gateway.support.PartnerStubs;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.routes.support.GatewayHeaders;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * Per-case order under retries and two consumers, isolation between partners, the kill
 * switch, the queue header allowlist, and partner health.
 */
class DeliveryOrderIT extends GatewayIT {

    private static final Duration WITHIN = Duration.ofSeconds(20);

    @LocalManagementPort
    private int managementPort;

    @Autowired
    private PartnerSwitches switches;

    @Autowired
    private HeaderRecorder recorder;

    @Autowired
    private ConnectionFactory connectionFactory;

    @AfterEach
    void healthyAgain() throws Exception {
        switchPartner("c00", false);
        PARTNERS.resetToHealthy();
    }

    @Test
    void keepsEachCasesOrderWhileTheFirstMessageIsRetried() throws Exception {
        List<Document> events = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            events.add(Samples.allocation(i % 2 == 0 ? "P100001" : "P100002", "C00"));
        }
        String first = Samples.controlReference(events.get(0));
        PARTNERS.server()
            .stubFor(post(urlEqualTo("/partners/c00")).atPriority(1)
                .withRequestBody(containing(first))
                .inScenario(first)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500))
                .willSetStateTo("second"));
        PARTNERS.server()
            .stubFor(post(urlEqualTo("/partners/c00")).atPriority(1)
                .withRequestBody(containing(first))
                .inScenario(first)
                .whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(500))
                .willSetStateTo("done"));
        for (Document event : events) {
            send(event);
        }
        for (Document event : events) {
            this.deliveries.awaitFinal(Samples.controlReference(event), WITHIN);
        }
        assertDeliveredInOrder(events.get(0), events.get(2), events.get(4));
        assertDeliveredInOrder(events.get(1), events.get(3), events.get(5));
        assertThat(PARTNERS.received("c00", first)).hasSize(3);
    }

    @Test
    void aSlowPartnerDelaysNoOther() throws Exception {
        PARTNERS.server()
            .stubFor(post(urlEqualTo("/partners/c21")).atPriority(1)
                .willReturn(aResponse().withFixedDelay(1200).withBody(PartnerStubs.ACCEPTED)));
        List<Document> slow = List.of(Samples.allocation("S100001", "C21"), Samples.allocation("S100001", "C21"),
                Samples.allocation("S100001", "C21"));
        List<Document> fast = List.of(Samples.allocation("S100002", "C00"), Samples.allocation("S100002", "C00"),
                Samples.allocation("S100002", "C00"));
        for (int i = 0; i < 3; i++) {
            send(slow.get(i));
            send(fast.get(i));
        }
        OffsetDateTime lastFast = fast.stream().map(this::deliveredAt).max(OffsetDateTime::compareTo).orElseThrow();
        OffsetDateTime lastSlow = slow.stream().map(this::deliveredAt).max(OffsetDateTime::compareTo).orElseThrow();
        assertThat(lastFast).isBefore(lastSlow.minusSeconds(1));
    }

    @Test
    void holdsDeliveriesWhileSwitchedOffThenDeliversThemInOrder() throws Exception {
        switchPartner("c00", true);
        assertThat(this.audit.since(this.auditMark, "KILL_SWITCH_CHANGED")).singleElement()
            .satisfies((record) -> assertThat(record).containsEntry("reason_code", "OFF"));
        List<Document> events = List.of(Samples.allocation("H100001", "C00"), Samples.allocation("H100001", "C00"),
                Samples.allocation("H100001", "C00"));
        for (Document event : events) {
            send(event);
        }
        Awaitility.await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            for (Document event : events) {
                assertThat(PARTNERS.received("c00", Samples.controlReference(event))).isEmpty();
                assertThat(this.deliveries.of(Samples.controlReference(event))).singleElement()
                    .satisfies((row) -> assertThat(row).containsEntry("state", "PENDING").containsEntry("attempts", 0));
            }
        });
        switchPartner("c00", false);
        for (Document event : events) {
            this.deliveries.awaitFinal(Samples.controlReference(event), WITHIN);
        }
        assertDeliveredInOrder(events.toArray(new Document[0]));
    }

    @Test
    void dropsCamelHeadersInAnyCasingArrivingOnADeliveryQueue() {
        this.recorder.clear();
        JmsTemplate jms = new JmsTemplate(this.connectionFactory);
        jms.send("gateway.delivery.c00", (session) -> {
            var message = session.createTextMessage("x");
            message.setStringProperty(GatewayHeaders.DELIVERY_ID, UUID.randomUUID().toString());
            message.setStringProperty("CamelExecCommandExecutable", "/bin/sh");
            message.setStringProperty("cAmElFileName", "../../etc/passwd");
            message.setStringProperty("CamelJmsDestinationName", "evil");
            message.setStringProperty("CAMELBEANMETHODNAME", "evil");
            return message;
        });
        Awaitility.await().atMost(WITHIN).until(() -> !this.recorder.seenAt("deliver.c00").isEmpty());
        Pattern camel = Pattern.compile("(?i)^camel.*");
        assertThat(this.recorder.seenAt("deliver.c00")).allSatisfy((seen) -> {
            assertThat(seen.headers()).contains(GatewayHeaders.DELIVERY_ID)
                .noneMatch((name) -> List
                    .of("CamelExecCommandExecutable", "cAmElFileName", "CamelJmsDestinationName", "CAMELBEANMETHODNAME")
                    .stream()
                    .anyMatch(name::equalsIgnoreCase));
            assertThat(seen.headers().stream().filter((name) -> camel.matcher(name).matches()))
                .as("only Camel's own timestamp, set by the JMS binding")
                .containsOnly("CamelMessageTimestamp");
        });
        assertThat(this.queues.depthOf("evil")).isZero();
    }

    @Test
    void movesAQueueMessageThatNamesNoDeliveryToTheDeadLetterQueue() {
        this.recorder.clear();
        JmsTemplate jms = new JmsTemplate(this.connectionFactory);
        jms.setReceiveTimeout(WITHIN.toMillis());
        String marker = "no-delivery-" + UUID.randomUUID();
        jms.send("gateway.delivery.c00", (session) -> {
            var message = session.createTextMessage(marker);
            message.setStringProperty(GatewayHeaders.DELIVERY_ID, "../../not-a-delivery-id");
            return message;
        });
        jms.send("gateway.delivery.c00", (session) -> session.createTextMessage(marker));
        List<String> deadLettered = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            var received = jms.receive("gateway.dead-letter");
            assertThat(received).as("dead-lettered message " + (i + 1)).isNotNull();
            deadLettered.add(assertTextOf(received));
        }
        assertThat(deadLettered).containsExactly(marker, marker);
        assertThat(this.recorder.seenAt("deliver.c00")).as("no delivery attempted for them").isEmpty();
        assertThat(this.queues.depth("c00")).isZero();
    }

    @Test
    void reportsEachPartnersLivenessInHealth() {
        Awaitility.await().atMost(WITHIN).untilAsserted(() -> {
            String health = get("/actuator/health/partners");
            assertThat(health).contains("\"c00\"").contains("\"lastPingAnswered\":true").contains("\"breaker\"");
        });
        assertThat(PARTNERS.received("c00", "<MessageType>SYS</MessageType>")).isNotEmpty();
    }

    private void assertDeliveredInOrder(Document... events) {
        List<Date> delivered = new ArrayList<>();
        for (Document event : events) {
            List<LoggedRequest> received = PARTNERS.received("c00", Samples.controlReference(event));
            assertThat(received).isNotEmpty();
            delivered.add(received.get(received.size() - 1).getLoggedDate());
        }
        assertThat(delivered).isSorted();
    }

    private OffsetDateTime deliveredAt(Document event) {
        String reference = Samples.controlReference(event);
        this.deliveries.awaitFinal(reference, WITHIN);
        return (OffsetDateTime) this.audit.since(0, "DELIVERED")
            .stream()
            .filter((record) -> reference.equals(record.get("sender_control_ref")))
            .findFirst()
            .orElseThrow()
            .get("recorded_at");
    }

    private void send(Document event) throws Exception {
        SpgResponse response = client(ExampleParty.N00).send(event, SigningOptions.strict());
        assertThat(response.accepted()).as(response.text()).isTrue();
    }

    /** The kill switch as the admin API sets it (its HTTP side: AdminApiIT). */
    private void switchPartner(String partnerId, boolean off) {
        assertThat(this.switches.set(partnerId, KillSwitches.Direction.DELIVERIES, off, "order test",
                new Actor("test", "DeliveryOrderIT")))
            .isTrue();
    }

    private String get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.managementPort + path))
            .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String assertTextOf(Message message) {
        try {
            assertThat(message).isInstanceOf(TextMessage.class);
            return ((TextMessage) message).getText();
        }
        catch (JMSException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
