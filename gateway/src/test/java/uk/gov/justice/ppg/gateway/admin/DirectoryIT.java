package uk.gov.justice.ppg.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.agency.AgencyIT;
import uk.gov.justice.ppg.gateway.support.AdminClient;
import uk.gov.justice.ppg.gateway.support.NewPartner;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * The live partner directory through the admin API and the real Keycloak: a partner added
 * by an admin sends and receives at once, without a restart (its delivery route starts by
 * itself); a change the directory's rules refuse, one based on an old version, and one
 * that would remove a partner are refused with the directory in use kept; the directory
 * exports in the file's format and imports back; every change is audited with the hashes
 * before and after and who made it.
 */
class DirectoryIT extends AgencyIT {

    private static final Duration WITHIN = Duration.ofSeconds(20);

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    @Autowired
    private AdminPort adminPort;

    private AdminClient admin;

    private String adminToken;

    @BeforeEach
    void adminListener() {
        this.admin = new AdminClient(this.adminPort.localPort());
        this.adminToken = KEYCLOAK.scriptToken("ops-admin").accessToken();
    }

    @Test
    void aPartnerAddedLiveSendsAndReceivesAtOnceAndBadChangesLeaveTheDirectoryAsItWas() throws Exception {
        String crn = "V" + (100000 + ThreadLocalRandom.current().nextInt(900000));
        assertRefused("GW-030",
                () -> client(ExampleParty.INTRUDER).send(NewPartner.contact(crn), SigningOptions.strict()));

        JsonNode before = directory();
        long version = before.path("version").asLong();
        long mark = this.audit.mark();
        JsonNode added = change(NewPartner.ID, NewPartner.entry(), version, 200);
        assertThat(added.path("version").asLong()).isEqualTo(version + 1);
        assertThat(added.path("summary").asText()).isEqualTo("c99 added");

        Map<String, Object> nps = entry(before, "nps");
        permit(nps, "Event", NewPartner.CODE);
        permit(nps, "InterchangeStatusNotification", NewPartner.CODE);
        JsonNode widened = change("nps", nps, version + 1, 200);
        assertThat(widened.path("summary").asText()).isEqualTo("nps changed permits");
        assertThat(this.audit.since(mark, "PARTNER_DIRECTORY_CHANGED")).hasSize(2)
            .allSatisfy((record) -> assertThat(record).containsEntry("actor_client", "ops-admin")
                .containsEntry("reason_code", "CHANGE"))
            .first()
            .satisfies((record) -> assertThat(record).containsEntry("partner_id", NewPartner.ID)
                .containsEntry("payload_sha256", added.path("sha256").asText())
                .hasEntrySatisfying("reason_detail",
                        (detail) -> assertThat((String) detail).startsWith("version " + version + " (")
                            .contains(") -> " + (version + 1) + " (" + added.path("sha256").asText().substring(0, 12))
                            .endsWith("c99 added: onboarding C99")));

        Document allocation = Samples.allocation(crn, NewPartner.CODE);
        assertThat(client(ExampleParty.N00).send(allocation, SigningOptions.strict()).accepted()).isTrue();
        assertThat(this.deliveries.awaitFinal(Samples.controlReference(allocation), WITHIN))
            .as("delivered to the new partner by a route started live")
            .singleElement()
            .satisfies((row) -> assertThat(row).containsEntry("receiver", NewPartner.CODE)
                .containsEntry("state", "DELIVERED"));
        assertThat(PARTNERS.received(NewPartner.ID)).isNotEmpty();
        sendContact(crn);

        long inUse = widened.path("version").asLong();
        Map<String, Object> unknownReceiver = NewPartner.entry();
        unknownReceiver.put("permits", Map.of("Contact", List.of("X99")));
        assertThat(refusal(change(NewPartner.ID, unknownReceiver, inUse, 400), "GW-078"))
            .contains("permits unknown receiver X99");
        Map<String, Object> misspelt = NewPartner.entry();
        misspelt.put("party-code", List.of("C98"));
        assertThat(refusal(change(NewPartner.ID, misspelt, inUse, 400), "GW-078")).contains("not in the file format");
        refusal(change(NewPartner.ID, NewPartner.entry(), version, 409), "GW-079");
        String exported = this.admin.get("/admin/api/v1/directory/export", this.adminToken).body();
        assertThat(exported).contains("id: c99").contains("C99");
        String withoutC99 = exported.substring(0, exported.indexOf("- id: c99"));
        assertThat(refusal(importFile(withoutC99, 400), "GW-078")).contains("c99 would be removed");
        assertThat(directory().path("version").asLong()).as("refused changes write nothing").isEqualTo(inUse);
        sendContact(crn);

        JsonNode reimported = importFile(exported, 200);
        assertThat(reimported.path("changed").asBoolean()).as("the export imports as what is in use").isFalse();
        assertThat(reimported.path("version").asLong()).isEqualTo(inUse);
        JsonNode history = JSON.readTree(this.admin
            .get("/admin/api/v1/directory/history?size=3", KEYCLOAK.scriptToken("ops-auditor").accessToken())
            .body());
        assertThat(history.findValuesAsText("reason")).startsWith("widening nps to C99", "onboarding C99");
        assertThat(history.get(0).path("changedBy").asText()).startsWith("ops-admin/");
    }

    private void sendContact(String crn) throws Exception {
        Document contact = NewPartner.contact(crn);
        SpgResponse response = client(ExampleParty.INTRUDER).send(contact, SigningOptions.strict());
        assertThat(response.accepted()).as(response.text()).isTrue();
        assertThat(this.deliveries.awaitFinal(Samples.controlReference(contact), WITHIN)).singleElement()
            .satisfies((row) -> assertThat(row).containsEntry("receiver", "N00").containsEntry("state", "DELIVERED"));
    }

    private JsonNode directory() throws Exception {
        HttpResponse<String> answer = this.admin.get("/admin/api/v1/directory", this.adminToken);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private JsonNode change(String id, Map<String, Object> entry, long basedOn, int status) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partner", entry);
        body.put("basedOn", basedOn);
        body.put("reason", "nps".equals(id) ? "widening nps to C99" : "onboarding C99");
        return expect(this.admin.put("/admin/api/v1/directory/partners/" + id, this.adminToken,
                JSON.writeValueAsString(body)), status);
    }

    private JsonNode importFile(String document, int status) throws Exception {
        return expect(
                this.admin.send("POST", "/admin/api/v1/directory/import", this.adminToken,
                        JSON.writeValueAsString(Map.of("document", document, "reason", "re-import of the export"))),
                status);
    }

    private static JsonNode expect(HttpResponse<String> answer, int status) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        return JSON.readTree(answer.body());
    }

    private static String refusal(JsonNode problem, String code) {
        assertThat(problem.path("code").asText()).isEqualTo(code);
        return problem.path("detail").asText();
    }

    private static Map<String, Object> entry(JsonNode directory, String id) {
        for (JsonNode partner : directory.path("partners")) {
            if (id.equals(partner.path("id").asText())) {
                return JSON.convertValue(partner, MAP);
            }
        }
        throw new AssertionError("no partner " + id);
    }

    @SuppressWarnings("unchecked")
    private static void permit(Map<String, Object> entry, String body, String receiver) {
        Map<String, Object> permits = (Map<String, Object>) entry.get("permits");
        List<String> receivers = new ArrayList<>((List<String>) permits.get(body));
        receivers.add(receiver);
        permits.put(body, receivers);
    }

}
