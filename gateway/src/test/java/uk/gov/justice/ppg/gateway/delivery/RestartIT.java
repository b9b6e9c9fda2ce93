package uk.gov.justice.ppg.gateway.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.GatewayApplication;
import uk.gov.justice.ppg.gateway.partner.KillSwitches;
import uk.gov.justice.ppg.gateway.support.DeliveryProbe;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.PartnerStubs;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.gateway.support.TestPki;
import uk.gov.justice.ppg.tools.client.PartnerClient;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * Stop the gateway with deliveries queued (held by a kill switch, and one mid-retry),
 * start it again on the same database and journal: everything is delivered, each once,
 * each case in order, and no control reference the gateway issued before the restart is
 * issued again after it.
 */
class RestartIT {

    private static final Path DATA = GatewayIT.dataDirectory();

    private static final PartnerStubs PARTNERS = GatewayIT.PARTNERS;

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @AfterAll
    static void healthy() {
        PARTNERS.resetToHealthy();
    }

    @Test
    void deliversWhatWasQueuedBeforeARestartExactlyOnceInOrder() throws Exception {
        List<Document> held = new ArrayList<>();
        Document retrying;
        try (ConfigurableApplicationContext first = start()) {
            PartnerClient nps = nps(first);
            send(nps, Samples.allocation("R100004", "C21"));
            send(nps, Samples.fresh("0-9-14/valid/safeguarding-check-request.xml"));
            send(nps, Samples.allocation("R100003", "C21"));
            first.getBean(KillSwitches.class).set("c00", KillSwitches.Direction.DELIVERIES, true, "test");
            for (int i = 0; i < 3; i++) {
                held.add(send(nps, Samples.allocation("R100001", "C00")));
            }
            retrying = Samples.allocation("R100002", "C21");
            PARTNERS.server()
                .stubFor(post(urlEqualTo("/partners/c21")).atPriority(1)
                    .withRequestBody(containing(Samples.controlReference(retrying)))
                    .willReturn(aResponse().withStatus(503)));
            send(nps, retrying);
            DeliveryProbe.awaitReceived(PARTNERS, "c21", Samples.controlReference(retrying), 2, WITHIN);
            awaitIsns(first, 3);
        }
        PARTNERS.resetToHealthy();
        try (ConfigurableApplicationContext second = start()) {
            KillSwitches switches = second.getBean(KillSwitches.class);
            assertThat(switches.isOff("c00")).as("the kill switch survives the restart").isTrue();
            switches.set("c00", KillSwitches.Direction.DELIVERIES, false, "test");
            DeliveryProbe probe = new DeliveryProbe(second.getBean(JdbcTemplate.class));
            List<Date> order = new ArrayList<>();
            for (Document event : held) {
                String reference = Samples.controlReference(event);
                assertThat(probe.awaitFinal(reference, WITHIN)).singleElement()
                    .satisfies((row) -> assertThat(row).containsEntry("state", "DELIVERED"));
                List<LoggedRequest> received = PARTNERS.received("c00", reference);
                assertThat(received).hasSize(1);
                order.add(received.get(0).getLoggedDate());
            }
            assertThat(order).isSorted();
            String reference = Samples.controlReference(retrying);
            assertThat(probe.awaitFinal(reference, WITHIN)).singleElement()
                .satisfies((row) -> assertThat(row).containsEntry("state", "DELIVERED"));
            assertThat(PARTNERS.received("c21", reference))
                .filteredOn((request) -> !request.getBodyAsString().isEmpty())
                .isNotEmpty();
            List<String> issued = awaitIsns(second, 3 + held.size() + 1);
            assertThat(issued).as("ISNs to N00, as issuer/reference").doesNotHaveDuplicates();
            assertThat(issued).filteredOn((isn) -> isn.startsWith("C21/"))
                .as("one identity's references go on across the restart")
                .hasSize(3);
            assertThat(issued)
                .allSatisfy((isn) -> assertThat(isn.substring(isn.indexOf('/') + 1)).hasSize(20).startsWith("9"));
        }
    }

    /**
     * The status notifications the gateway issued to N00 so far, as
     * {@code sender/reference} (each issuing identity numbers its own), once there are
     * enough.
     */
    private static List<String> awaitIsns(ConfigurableApplicationContext gateway, int atLeast) {
        JdbcTemplate jdbc = gateway.getBean(JdbcTemplate.class);
        return Awaitility.await()
            .atMost(WITHIN)
            .until(() -> jdbc
                .queryForList("SELECT sender || '/' || sender_control_ref FROM interchange WHERE origin = 'GATEWAY' "
                        + "AND receiver = 'N00'", String.class),
                    (refs) -> refs.size() >= atLeast);
    }

    /**
     * Properties as command-line arguments: they must win over application.yml, as in a
     * real deployment.
     */
    private static ConfigurableApplicationContext start() {
        List<String> arguments = new ArrayList<>();
        GatewayIT.properties(DATA).forEach((name, value) -> arguments.add("--" + name + "=" + value));
        arguments.add("--server.port=0");
        return new SpringApplicationBuilder(GatewayApplication.class).run(arguments.toArray(new String[0]));
    }

    private static PartnerClient nps(ConfigurableApplicationContext gateway) {
        int port = ((WebServerApplicationContext) gateway).getWebServer().getPort();
        return PartnerClient.of(TestPki.layout(), ExampleParty.N00,
                URI.create("https://localhost:" + port + "/cxf/InboundSPGProxy/1.2"));
    }

    private static Document send(PartnerClient client, Document interchange) throws Exception {
        SpgResponse response = client.send(interchange, SigningOptions.strict());
        assertThat(response.accepted()).as(response.text()).isTrue();
        return interchange;
    }

}
