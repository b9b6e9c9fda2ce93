package uk.gov.justice.ppg.gateway.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.camel.CamelContext;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.routes.support.RouteIds;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * A queue message lost between the database commit and the broker commit (what a SIGKILL
 * at that moment leaves): the broker is made to forget it, message and
 * duplicate-detection entry both, while c00's consumer route is stopped. The database
 * still holds the delivery. A later message of the same case sends the lost one first; a
 * lost delivery with nothing behind it is queued again by the recovery sweep within
 * seconds, logged, counted and audited; one still queued is not mistaken for lost.
 */
class LostQueueMessageIT extends GatewayIT {

    private static final String QUEUE = "gateway.delivery.c00";

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Autowired
    private CamelContext camel;

    @Autowired
    private EmbeddedActiveMQ broker;

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private JdbcTemplate jdbc;

    @DynamicPropertySource
    static void quickSweep(DynamicPropertyRegistry registry) {
        GatewayIT.ownStores(registry);
        registry.add("gateway.housekeeping.sweep", () -> "1s");
        registry.add("gateway.housekeeping.sweep-grace", () -> "3s");
    }

    @BeforeEach
    void stopTheConsumer() throws Exception {
        this.camel.getRouteController().stopRoute(RouteIds.delivery("c00"));
    }

    @AfterEach
    void startTheConsumer() throws Exception {
        this.camel.getRouteController().startRoute(RouteIds.delivery("c00"));
    }

    @Test
    void aLaterMessageOfTheCaseSendsTheLostOneFirst() throws Exception {
        double earlierFirst = counter("gateway.delivery.case.earlier.first");
        Document lost = send(Samples.allocation("L100001", "C00"));
        forgetEverythingQueued();
        Document later = send(Samples.allocation("L100001", "C00"));
        this.camel.getRouteController().startRoute(RouteIds.delivery("c00"));
        this.deliveries.awaitFinal(Samples.controlReference(later), WITHIN);
        this.deliveries.awaitFinal(Samples.controlReference(lost), WITHIN);
        assertThat(lastReceived(lost)).isBefore(firstReceived(later));
        assertThat(counter("gateway.delivery.case.earlier.first")).isGreaterThan(earlierFirst);
    }

    @Test
    void aLostDeliveryWithNothingBehindItIsQueuedAgainAndAudited() throws Exception {
        double recovered = counter("gateway.delivery.recovered");
        Document lost = send(Samples.allocation("L100002", "C00"));
        forgetEverythingQueued();
        String lostDelivery = (String) this.deliveries.of(Samples.controlReference(lost)).get(0).get("id");
        this.jdbc.update("UPDATE delivery SET queued_by = ? WHERE id = ?", "gone-node/ended-run", lostDelivery);
        Document queued = send(Samples.allocation("L100003", "C00"));
        Awaitility.await()
            .atMost(WITHIN)
            .untilAsserted(() -> assertThat(this.audit.since(this.auditMark, "DELIVERY_RECOVERED")).isNotEmpty());
        this.camel.getRouteController().startRoute(RouteIds.delivery("c00"));
        this.deliveries.awaitFinal(Samples.controlReference(lost), WITHIN);
        this.deliveries.awaitFinal(Samples.controlReference(queued), WITHIN);
        assertThat(this.audit.since(this.auditMark, "DELIVERY_RECOVERED")).singleElement()
            .satisfies((record) -> assertThat(record).containsEntry("delivery_id", lostDelivery)
                .containsEntry("outcome", "RECOVERED")
                .containsEntry("reason_code", "REQUEUED"));
        assertThat(counter("gateway.delivery.recovered")).isEqualTo(recovered + 1);
        assertThat(GatewayIT.PARTNERS.received("c00", Samples.controlReference(lost))).hasSize(1);
        assertThat(GatewayIT.PARTNERS.received("c00", Samples.controlReference(queued))).hasSize(1);
    }

    /**
     * The broker forgets what c00's queue holds and the duplicate-detection entries of
     * its address, as if those sends had never been committed.
     */
    private void forgetEverythingQueued() throws Exception {
        ActiveMQServer server = this.broker.getActiveMQServer();
        Awaitility.await().atMost(WITHIN).until(() -> server.locateQueue(SimpleString.of(QUEUE)).getMessageCount() > 0);
        server.locateQueue(SimpleString.of(QUEUE)).deleteAllReferences();
        server.getPostOffice().getDuplicateIDCache(SimpleString.of(QUEUE)).clear();
    }

    private Document send(Document event) throws Exception {
        SpgResponse response = client(ExampleParty.N00).send(event, SigningOptions.strict());
        assertThat(response.accepted()).as(response.text()).isTrue();
        return event;
    }

    private Date firstReceived(Document event) {
        return received(event).get(0).getLoggedDate();
    }

    private Date lastReceived(Document event) {
        List<LoggedRequest> all = received(event);
        return all.get(all.size() - 1).getLoggedDate();
    }

    private List<LoggedRequest> received(Document event) {
        List<LoggedRequest> all = new ArrayList<>(GatewayIT.PARTNERS.received("c00", Samples.controlReference(event)));
        assertThat(all).isNotEmpty();
        return all;
    }

    private double counter(String name) {
        return this.meters.get(name).counter().count();
    }

}
