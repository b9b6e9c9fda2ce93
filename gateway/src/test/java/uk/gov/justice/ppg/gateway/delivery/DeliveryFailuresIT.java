package uk.gov.justice.ppg.gateway.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.support.DeliveryProbe;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.PartnerStubs;
import uk.gov.justice.ppg.gateway.support.Received;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * A partner down, slow, failing, refusing or answering nonsense: delivered once when
 * possible, dead-lettered with a failure notification to the sender when not, and never
 * marked delivered without a good reply. Each stub scenario matches on the test's own
 * control reference, so it affects only that test's interchange.
 */
class DeliveryFailuresIT extends GatewayIT {

    private static final Duration WITHIN = Duration.ofSeconds(15);

    @AfterEach
    void healthyAgain() {
        MTC_LINK.restore();
        PARTNERS.resetToHealthy();
    }

    @Test
    void retriesAPartnerThatIsDownAndDeliversOnceWhenItIsBack() throws Exception {
        MTC_LINK.cut();
        String reference = sendEventTo("C16", "K100001");
        Awaitility.await()
            .atMost(WITHIN)
            .untilAsserted(() -> assertThat(this.deliveries.of(reference)).singleElement()
                .satisfies((row) -> assertThat(row).containsEntry("last_error", "GW-073")));
        assertThat(this.deliveries.of(reference)).singleElement()
            .satisfies((row) -> assertThat(row).containsEntry("state", "PENDING"));
        assertThat(this.audit.since(this.auditMark, "DELIVERY_ATTEMPT_FAILED")).isNotEmpty();
        MTC_LINK.restore();
        assertThat(this.deliveries.awaitFinal(reference, WITHIN)).singleElement()
            .satisfies((row) -> assertThat(row).containsEntry("state", "DELIVERED"));
        assertThat(PARTNERS.received("mtc", reference)).hasSize(1);
        assertThat(this.audit.since(this.auditMark, "DELIVERED")).filteredOn("sender_control_ref", reference)
            .hasSize(1);
    }

    @Test
    void deadLettersWhatCannotBeDeliveredBeforeItExpiresAndTellsTheSender() throws Exception {
        MTC_LINK.cut();
        String reference = sendEventTo("C17", "K100002");
        assertThat(this.deliveries.awaitFinal(reference, Duration.ofSeconds(40))).singleElement()
            .satisfies((row) -> assertThat(row).containsEntry("state", "DEAD_LETTERED")
                .containsEntry("last_error", "GW-071"));
        Received isn = Received.of(
                DeliveryProbe
                    .awaitReceived(PARTNERS, "nps",
                            "<ReceiverControlReference>" + reference + "</ReceiverControlReference>", 1, WITHIN)
                    .get(0));
        assertThat(isn.text("StatusCode")).isEqualTo("504");
        assertThat(isn.text("StatusReason")).isEqualTo("GW-071");
        assertThat(isn.header("SenderIdentity")).isEqualTo("C17");
        assertThat(PARTNERS.received("mtc", reference)).isEmpty();
    }

    @Test
    void retriesAReplyThatCameTooLateAndDeliversOnce() throws Exception {
        String reference = stubbed(aResponse().withFixedDelay(3000).withBody(PartnerStubs.ACCEPTED), ok());
        assertDeliveredAfter(reference, 2);
    }

    @Test
    void retriesServerErrorsThenDelivers() throws Exception {
        String reference = stubbed(aResponse().withStatus(500), aResponse().withStatus(503), ok());
        assertDeliveredAfter(reference, 3);
        assertThat(this.audit.since(this.auditMark, "DELIVERY_ATTEMPT_FAILED"))
            .filteredOn("sender_control_ref", reference)
            .extracting((record) -> record.get("reason_code"))
            .containsExactly("GW-072", "GW-072");
    }

    @Test
    void neverMarksDeliveredOnAMalformedEmptyOrInvalidReply() throws Exception {
        String reference = stubbed(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK),
                aResponse().withFault(Fault.EMPTY_RESPONSE), aResponse().withStatus(200).withBody("<html>ok</html>"),
                aResponse().withStatus(200).withBody(PartnerStubs.ACCEPTED.replace(">200<", ">500<")), ok());
        assertDeliveredAfter(reference, 5);
    }

    @Test
    void deliversOnceWhenTheConnectionDropsAfterThePartnerProcessedIt() throws Exception {
        String reference = stubbed(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), ok());
        assertDeliveredAfter(reference, 2);
        assertThat(PARTNERS.received("c00", reference))
            .extracting((request) -> Received.of(request).header("SenderControlReference"))
            .containsOnly(reference);
    }

    @Test
    void deadLettersARefusalAtOnceAndTellsTheSender() throws Exception {
        String reference = stubbed(aResponse().withStatus(400));
        assertThat(this.deliveries.awaitFinal(reference, WITHIN)).singleElement()
            .satisfies((row) -> assertThat(row).containsEntry("state", "DEAD_LETTERED")
                .containsEntry("last_error", "GW-070"));
        assertThat(PARTNERS.received("c00", reference)).hasSize(1);
        Received isn = Received.of(
                DeliveryProbe
                    .awaitReceived(PARTNERS, "nps",
                            "<ReceiverControlReference>" + reference + "</ReceiverControlReference>", 1, WITHIN)
                    .get(0));
        assertThat(isn.text("StatusCode")).isEqualTo("599");
        assertThat(isn.text("StatusReason")).isEqualTo("GW-070");
    }

    @Test
    void deadLettersASoapSenderFault() throws Exception {
        String reference = stubbed(aResponse().withStatus(500).withBody(PartnerStubs.senderFault("bad")));
        assertThat(this.deliveries.awaitFinal(reference, WITHIN)).singleElement()
            .satisfies((row) -> assertThat(row).containsEntry("state", "DEAD_LETTERED"));
    }

    /**
     * Reliability catalogue F13: a message the partner always fails, while it accepts
     * everything else, is given up after five such failures (GW-074, failure ISN), and
     * the partner's other cases keep flowing meanwhile.
     */
    @Test
    void givesUpAMessageThePartnerKeepsFailingWhileOthersFlowPast() throws Exception {
        Document poison = Samples.allocation("P300000", "C00");
        String poisonReference = Samples.controlReference(poison);
        PARTNERS.server()
            .stubFor(post(urlEqualTo("/partners/c00")).atPriority(1)
                .withRequestBody(containing(poisonReference))
                .willReturn(aResponse().withStatus(500)));
        assertThat(client(ExampleParty.N00).send(poison, SigningOptions.strict()).accepted()).isTrue();

        List<String> others = new ArrayList<>();
        while (others.size() < 80 && "PENDING".equals(this.deliveries.of(poisonReference).get(0).get("state"))) {
            others.add(sendEventTo("C00", String.format("P3%05d", others.size() + 1)));
        }

        Map<String, Object> given = this.deliveries.awaitFinal(poisonReference, WITHIN).get(0);
        assertThat(given).containsEntry("state", "DEAD_LETTERED").containsEntry("last_error", "GW-074");
        assertThat((Integer) given.get("attempts")).isGreaterThanOrEqualTo(5)
            .isEqualTo(PARTNERS.received("c00", poisonReference).size());
        Received isn = Received
            .of(DeliveryProbe
                .awaitReceived(PARTNERS, "nps",
                        "<ReceiverControlReference>" + poisonReference + "</ReceiverControlReference>", 1, WITHIN)
                .get(0));
        assertThat(isn.text("StatusCode")).isEqualTo("599");
        assertThat(isn.text("StatusReason")).isEqualTo("GW-074");

        Instant givenUpAt = completedAt(given);
        List<Instant> delivered = others.stream()
            .map((reference) -> this.deliveries.awaitFinal(reference, WITHIN).get(0))
            .peek((row) -> assertThat(row).containsEntry("state", "DELIVERED"))
            .map(DeliveryFailuresIT::completedAt)
            .toList();
        // Each isolated failure follows another delivery's success; the last of those may
        // record its completion a moment after the failing message is given up.
        assertThat(delivered).as("other cases delivered while the failing message was retried")
            .filteredOn((at) -> at.isBefore(givenUpAt))
            .hasSizeGreaterThanOrEqualTo(4);
    }

    /**
     * A partner failing every delivery is waited for, however many attempts that takes:
     * its failures are not isolated, so nothing is given up before expiry.
     */
    @Test
    void waitsForAPartnerThatFailsEverythingAndThenDeliversAll() throws Exception {
        PARTNERS.server()
            .stubFor(post(urlEqualTo("/partners/c00")).atPriority(1).willReturn(aResponse().withStatus(503)));
        List<String> references = List.of(sendEventTo("C00", "P310001"), sendEventTo("C00", "P310002"));
        for (String reference : references) {
            Awaitility.await()
                .atMost(WITHIN)
                .until(() -> (Integer) this.deliveries.of(reference).get(0).get("attempts"), (n) -> n >= 7);
        }
        PARTNERS.resetToHealthy();
        for (String reference : references) {
            assertThat(this.deliveries.awaitFinal(reference, WITHIN)).singleElement()
                .satisfies((row) -> assertThat(row).containsEntry("state", "DELIVERED"));
        }
    }

    private void assertDeliveredAfter(String reference, int requests) {
        List<Map<String, Object>> rows = this.deliveries.awaitFinal(reference, WITHIN);
        assertThat(rows).singleElement()
            .satisfies(
                    (row) -> assertThat(row).containsEntry("state", "DELIVERED").containsEntry("attempts", requests));
        assertThat(PARTNERS.received("c00", reference)).hasSize(requests);
        assertThat(this.audit.since(this.auditMark, "DELIVERED")).filteredOn("sender_control_ref", reference)
            .hasSize(1);
    }

    /**
     * Sends an Event to C00 whose deliveries meet {@code responses} in turn; returns its
     * control reference.
     */
    private String stubbed(ResponseDefinitionBuilder... responses) throws Exception {
        Document event = Samples.fresh("0-9-14/valid/event.xml");
        String reference = Samples.controlReference(event);
        String state = Scenario.STARTED;
        for (int i = 0; i < responses.length; i++) {
            String next = "attempt-" + (i + 2);
            PARTNERS.server()
                .stubFor(post(urlEqualTo("/partners/c00")).atPriority(1)
                    .withRequestBody(containing(reference))
                    .inScenario(reference)
                    .whenScenarioStateIs(state)
                    .willReturn(responses[i])
                    .willSetStateTo(next));
            state = next;
        }
        SpgResponse response = client(ExampleParty.N00).send(event, SigningOptions.strict());
        assertThat(response.accepted()).as(response.text()).isTrue();
        return reference;
    }

    private String sendEventTo(String crc, String crn) throws Exception {
        Document event = Samples.allocation(crn, crc);
        SpgResponse response = client(ExampleParty.N00).send(event, SigningOptions.strict());
        assertThat(response.accepted()).as(response.text()).isTrue();
        return Samples.controlReference(event);
    }

    private static Instant completedAt(Map<String, Object> delivery) {
        return ((OffsetDateTime) delivery.get("completed_at")).toInstant();
    }

    private static ResponseDefinitionBuilder ok() {
        return aResponse().withStatus(200).withBody(PartnerStubs.ACCEPTED);
    }

}
