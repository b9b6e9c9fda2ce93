package uk.gov.justice.ppg.gateway.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.audit.Actor;
import uk.gov.justice.ppg.gateway.support.GatewayNodes;
import uk.gov.justice.ppg.gateway.support.NewPartner;
import uk.gov.justice.ppg.gateway.support.PostgresSchema;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.gateway.support.TestPki;
import uk.gov.justice.ppg.tools.client.PartnerClient;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * Two gateway nodes on one PostgreSQL schema: the file seeds the directory once; a change
 * made on either node is in use on the other within a poll, without a restart; a partner
 * added on one node is accepted by the other and delivered to from it.
 */
class DirectoryTwoNodesIT {

    private static final PostgresSchema SCHEMA = PostgresSchema.create();

    private static final Actor ADMIN = new Actor("test-admin", "DirectoryTwoNodesIT");

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
    void aChangeOnEitherNodeIsInUseOnBothAndTheNewPartnerSendsThroughTheOther() throws Exception {
        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM partner_directory", Integer.class))
            .as("seeded once from the file")
            .isEqualTo(1);

        DirectoryChanges.Applied added = nodeA.getBean(DirectoryChanges.class)
            .putPartner(NewPartner.ID, NewPartner.entry(), Optional.of(1L), "onboarding C99", ADMIN);
        assertThat(added.version()).isEqualTo(2);
        awaitVersion(nodeB, 2);
        assertThat(nodeB.getBean(PartnerDirectoryHolder.class).get().byPartyCode(NewPartner.CODE)).isPresent();

        Map<String, Object> nps = new LinkedHashMap<>(npsEntry(nodeB));
        nodeB.getBean(DirectoryChanges.class)
            .putPartner("nps", widened(nps), Optional.of(2L), "widening nps to C99", ADMIN);
        awaitVersion(nodeA, 3);

        String crn = "W" + (100000 + (System.nanoTime() % 900000));
        Document allocation = Samples.allocation(crn, NewPartner.CODE);
        send(PartnerClient.of(TestPki.layout(), ExampleParty.N00, GatewayNodes.endpoint(nodeA)), allocation);
        assertThat(awaitState(jdbc, Samples.controlReference(allocation))).isEqualTo("DELIVERED");
        Document contact = NewPartner.contact(crn);
        send(PartnerClient.of(TestPki.layout(), ExampleParty.INTRUDER, GatewayNodes.endpoint(nodeB)), contact);
        assertThat(awaitState(jdbc, Samples.controlReference(contact))).isEqualTo("DELIVERED");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> npsEntry(ConfigurableApplicationContext node) {
        List<Map<String, Object>> partners = (List<Map<String, Object>>) node.getBean(DirectoryChanges.class)
            .view()
            .get("partners");
        return partners.stream().filter((partner) -> "nps".equals(partner.get("id"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> widened(Map<String, Object> nps) {
        Map<String, Object> permits = new LinkedHashMap<>((Map<String, Object>) nps.get("permits"));
        List<String> event = new ArrayList<>((List<String>) permits.get("Event"));
        event.add(NewPartner.CODE);
        permits.put("Event", event);
        nps.put("permits", permits);
        return nps;
    }

    private static void awaitVersion(ConfigurableApplicationContext node, long version) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        PartnerDirectoryHolder holder = node.getBean(PartnerDirectoryHolder.class);
        while (holder.inUse().version() < version && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
        assertThat(holder.inUse().version()).as("version in use on the other node").isEqualTo(version);
    }

    private static String awaitState(JdbcTemplate jdbc, String reference) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        String state = null;
        while (!"DELIVERED".equals(state) && Instant.now().isBefore(until)) {
            Thread.sleep(100);
            state = jdbc
                .queryForList("SELECT d.state FROM delivery d JOIN interchange i ON i.id = d.interchange_id "
                        + "WHERE i.sender_control_ref = ?", String.class, reference)
                .stream()
                .findFirst()
                .orElse(null);
        }
        return state;
    }

    private static void send(PartnerClient client, Document interchange) throws Exception {
        SpgResponse response = client.send(interchange, SigningOptions.strict());
        assertThat(response.accepted()).as(response.text()).isTrue();
    }

}
