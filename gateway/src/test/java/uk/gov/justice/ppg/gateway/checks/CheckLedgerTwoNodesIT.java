package uk.gov.justice.ppg.gateway.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.support.GatewayNodes;
import uk.gov.justice.ppg.gateway.support.PostgresSchema;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.gateway.support.TestPki;
import uk.gov.justice.ppg.tools.client.PartnerClient;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * Two gateway nodes on one PostgreSQL schema sweep for overdue checks at the same moment:
 * each entry goes OVERDUE once, with one reminder and one notice each, whichever node
 * moved it; the next tick on either node finds nothing. A node restarted afterwards finds
 * every entry as it was, none lost or doubled, and sends nothing again.
 */
class CheckLedgerTwoNodesIT {

    private static final PostgresSchema SCHEMA = PostgresSchema.create();

    private static final int CHECKS = 6;

    private static ConfigurableApplicationContext nodeA;

    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() {
        nodeA = GatewayNodes.start(SCHEMA, "node-a");
        nodeB = GatewayNodes.start(SCHEMA, "node-b");
    }

    @AfterAll
    static void stopTwoNodes() {
        GatewayNodes.stop(nodeA, nodeB);
        SCHEMA.dropLater();
    }

    @Test
    void eachOverdueCheckIsRemindedOnceAcrossTwoNodesAndARestartChangesNothing() throws Exception {
        PartnerClient nps = PartnerClient.of(TestPki.layout(), ExampleParty.N00, GatewayNodes.endpoint(nodeA));
        send(nps, Samples.allocation("T200001", "C00"));
        List<String> requestIds = new ArrayList<>();
        for (int i = 0; i < CHECKS; i++) {
            Document request = Samples.fresh("0-9-14/valid/safeguarding-check-request.xml");
            Samples.setParty(request, "ReceiverIdentity", "CS202");
            Samples.setCrn(request, "T200001");
            String requestId = Samples.requestId("SG");
            Samples.setDescendantText(request, "RequestID", requestId);
            Samples.setDescendantText(request, "DueDate", LocalDate.now().plusDays(1).toString());
            send((i % 2 == 0) ? nps
                    : PartnerClient.of(TestPki.layout(), ExampleParty.N00, GatewayNodes.endpoint(nodeB)), request);
            requestIds.add(requestId);
        }

        Instant later = Instant.now().plus(Duration.ofDays(3));
        List<Integer> moved = sweepTogether(later);
        assertThat(moved.get(0) + moved.get(1)).as("moved by either node").isEqualTo(CHECKS);
        assertThat(sweepTogether(later.plusSeconds(60))).containsExactly(0, 0);

        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
        assertThat(jdbc
            .queryForObject("SELECT COUNT(*) FROM check_history WHERE cause = 'OVERDUE' AND request_id LIKE 'SG-IT-%' "
                    + "AND agency = 'CS202' AND request_id IN (SELECT request_id FROM check_request "
                    + "WHERE crn = 'T200001')", Integer.class))
            .isEqualTo(CHECKS);
        Map<String, Integer> notices = notices(jdbc);
        assertThat(notices).containsEntry("N00>CS202", CHECKS)
            .containsEntry("CS202>N00", CHECKS)
            .containsEntry("CS202>C00", CHECKS)
            .hasSize(3);

        nodeB.close();
        nodeB = GatewayNodes.start(SCHEMA, "node-b");
        CheckRequests entries = nodeB.getBean(CheckRequests.class);
        assertThat(entries.onCase("T200001")).hasSize(CHECKS)
            .allSatisfy((entry) -> assertThat(entry.state()).isEqualTo(CheckState.OVERDUE))
            .extracting(CheckRequests.Entry::requestId)
            .containsExactlyInAnyOrderElementsOf(requestIds);
        assertThat(nodeB.getBean(OverdueChecks.class).sweep(later.plusSeconds(120))).isZero();
        assertThat(notices(jdbc)).isEqualTo(notices);
    }

    private static Map<String, Integer> notices(JdbcTemplate jdbc) {
        Map<String, Integer> notices = new LinkedHashMap<>();
        jdbc.queryForList("SELECT sender, receiver, COUNT(*) AS n FROM interchange "
                + "WHERE body_type = 'CheckLedgerNotification' AND crn = 'T200001' GROUP BY sender, receiver")
            .forEach((row) -> notices.put(row.get("sender") + ">" + row.get("receiver"),
                    ((Number) row.get("n")).intValue()));
        return notices;
    }

    private static List<Integer> sweepTogether(Instant at) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sweeps = new ArrayList<>();
            for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
                OverdueChecks overdue = node.getBean(OverdueChecks.class);
                sweeps.add(pool.submit(() -> {
                    start.await();
                    return overdue.sweep(at);
                }));
            }
            return List.of(sweeps.get(0).get(), sweeps.get(1).get());
        }
        finally {
            pool.shutdownNow();
        }
    }

    private static void send(PartnerClient client, Document interchange) throws Exception {
        SpgResponse response = client.send(interchange, SigningOptions.strict());
        assertThat(response.accepted()).as(response.text()).isTrue();
    }

}
