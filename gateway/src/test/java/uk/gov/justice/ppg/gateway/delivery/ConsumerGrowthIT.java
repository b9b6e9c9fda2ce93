package uk.gov.justice.ppg.gateway.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.partner.KillSwitches;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.PartnerStubs;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * A partner that takes a second to answer does not hold its deliveries to two at a time:
 * with a backlog, the consumers of its queue grow (gateway.delivery.consumers shows them)
 * and the deliveries are in flight together, each case still delivered once.
 */
class ConsumerGrowthIT extends GatewayIT {

    private static final int BACKLOG = 16;

    private static final int PARTNER_MILLIS = 1000;

    @Autowired
    private KillSwitches switches;

    @Autowired
    private MeterRegistry meters;

    @AfterEach
    void healthyAgain() {
        PARTNERS.resetToHealthy();
        this.switches.set("c00", KillSwitches.Direction.DELIVERIES, false, "test");
    }

    @Test
    void aSlowPartnersBacklogIsDeliveredManyAtATime() throws Exception {
        PARTNERS.server()
            .stubFor(post(urlEqualTo("/partners/c00")).atPriority(1)
                .willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/soap+xml")
                    .withBody(PartnerStubs.ACCEPTED)
                    .withFixedDelay(PARTNER_MILLIS)));
        this.switches.set("c00", KillSwitches.Direction.DELIVERIES, true, "test");
        List<String> references = new ArrayList<>();
        for (int i = 0; i < BACKLOG; i++) {
            Document event = Samples.fresh("0-9-14/valid/event.xml");
            Samples.setDescendantText(event, "CaseReferenceNumber", "G" + (200000 + i));
            SpgResponse response = client(ExampleParty.N00).send(event, SigningOptions.strict());
            assertThat(response.accepted()).as(response.text()).isTrue();
            references.add(Samples.controlReference(event));
        }
        Awaitility.await("consumers grown to hold the backlog")
            .atMost(Duration.ofSeconds(20))
            .until(() -> consumers("c00") >= BACKLOG / 2);
        this.switches.set("c00", KillSwitches.Direction.DELIVERIES, false, "test");

        List<Long> arrivals = new ArrayList<>();
        for (String reference : references) {
            assertThat(this.deliveries.awaitFinal(reference, Duration.ofSeconds(60))).singleElement()
                .satisfies((row) -> assertThat(row).containsEntry("state", "DELIVERED"));
            assertThat(PARTNERS.received("c00", reference)).hasSize(1);
            arrivals.add(PARTNERS.received("c00", reference).get(0).getLoggedDate().getTime());
        }
        long first = arrivals.stream().mapToLong(Long::longValue).min().orElseThrow();
        long inFirstAnswerTime = arrivals.stream().filter((arrival) -> arrival < first + PARTNER_MILLIS).count();
        assertThat(inFirstAnswerTime).as("deliveries sent before the partner answered the first")
            .isGreaterThanOrEqualTo(BACKLOG / 2);
    }

    private double consumers(String partnerId) {
        var gauge = this.meters.find("gateway.delivery.consumers").tag("partner", partnerId).gauge();
        return (gauge == null) ? 0 : gauge.value();
    }

}
