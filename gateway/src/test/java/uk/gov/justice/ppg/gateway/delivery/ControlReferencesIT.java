package uk.gov.justice.ppg.gateway.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.ids.GatewayControlReferences;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.Received;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * The gateway's own control references (ISNs sent in a partner's name, pings in the
 * hub's) meet neither each other nor a partner's numbering (ADR 0014): a CRC numbering
 * from 1 while the gateway issues its own has nothing refused, dropped or delayed, and a
 * receiver deduplicating on (sender, reference) sees every message once.
 */
class ControlReferencesIT extends GatewayIT {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    private static final String CASE = "K700001";

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aPartnerNumberingFromOneNeverMeetsTheGatewaysReferences() throws Exception {
        allocate(CASE, "C21");
        Set<String> earlierIsns = new HashSet<>(isnsIssuedAs("C21"));
        List<Document> events = new ArrayList<>();
        for (long reference = 1; reference <= 50; reference++) {
            Document contact = Samples.fresh("0-9-13/valid/contact.xml");
            Samples.setCrn(contact, CASE);
            Samples.setControlReference(contact, Long.toString(reference));
            SpgResponse response = client(ExampleParty.C21).send(contact, SigningOptions.strict());
            assertThat(response.accepted()).as("C21 reference " + reference + ": " + response.text()).isTrue();
            if (reference % 5 == 0) {
                Document event = Samples.allocation(CASE, "C21");
                assertThat(client(ExampleParty.N00).send(event, SigningOptions.strict()).accepted()).isTrue();
                events.add(event);
            }
        }
        Awaitility.await().atMost(WITHIN).untilAsserted(() -> {
            assertThat(this.jdbc.queryForList("SELECT d.state FROM delivery d JOIN interchange i ON i.id = "
                    + "d.interchange_id WHERE i.origin = 'PARTNER' AND i.sender = 'C21' AND d.receiver = 'N00' "
                    + "AND CAST(i.sender_control_ref AS BIGINT) <= 50", String.class))
                .as("every one of C21's interchanges delivered, none dropped")
                .hasSize(50)
                .containsOnly("DELIVERED");
            assertThat(isnsIssuedAs("C21")).as("an ISN in C21's name for each of nDelius's events")
                .hasSizeGreaterThanOrEqualTo(events.size());
        });
        assertThat(isnsIssuedAs("C21"))
            .allSatisfy((reference) -> assertThat(GatewayControlReferences.reserved(reference)).as(reference).isTrue());
        assertThat(isnsIssuedAs("N00")).doesNotHaveDuplicates()
            .allSatisfy((reference) -> assertThat(GatewayControlReferences.reserved(reference)).isTrue());

        Set<String> thisTest = new HashSet<>();
        for (long reference = 1; reference <= 50; reference++) {
            thisTest.add("C21/" + reference);
        }
        isnsIssuedAs("C21").stream()
            .filter((reference) -> !earlierIsns.contains(reference))
            .forEach((reference) -> thisTest.add("C21/" + reference));
        Awaitility.await().atMost(WITHIN).untilAsserted(() -> {
            List<String> fromC21 = seenBy("nps", "C21").stream().filter(thisTest::contains).toList();
            assertThat(fromC21).as("nDelius sees C21's 50 and the gateway's ISNs in C21's name, each once")
                .hasSize(thisTest.size())
                .doesNotHaveDuplicates();
        });
        assertThat(this.audit.inboundSince(this.auditMark)).filteredOn("event", "INTERCHANGE_REJECTED").isEmpty();
    }

    @Test
    void refusesAPartnerReferenceInTheGatewaysRange() throws Exception {
        allocate(CASE, "C21");
        Document contact = Samples.fresh("0-9-13/valid/contact.xml");
        Samples.setCrn(contact, CASE);
        Samples.setControlReference(contact, GatewayControlReferences.format(42));
        assertRefused("GW-046", () -> client(ExampleParty.C21).send(contact, SigningOptions.strict()));
    }

    private List<String> isnsIssuedAs(String sender) {
        return this.jdbc.queryForList(
                "SELECT sender_control_ref FROM interchange WHERE origin = 'GATEWAY' AND sender = ?", String.class,
                sender);
    }

    /** What {@code partnerId} received from {@code sender}, as (sender, reference). */
    private static List<String> seenBy(String partnerId, String sender) {
        List<String> seen = new ArrayList<>();
        Set<String> requests = new HashSet<>();
        for (LoggedRequest request : PARTNERS.received(partnerId)) {
            if (!requests.add(request.getId().toString())) {
                continue;
            }
            Received received = Received.of(request);
            if (sender.equals(received.header("SenderIdentity"))) {
                seen.add(sender + "/" + received.header("SenderControlReference"));
            }
        }
        return seen;
    }

}
