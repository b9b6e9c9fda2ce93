package uk.gov.justice.ppg.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.audit.ExportDocument;
import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.agency.AgencyIT;
import uk.gov.justice.ppg.gateway.support.AdminClient;
import uk.gov.justice.ppg.gateway.support.AuditExports;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.tools.client.SigningOptions;

/**
 * The admin API against the real Keycloak: every endpoint the application maps under
 * {@code /admin/api/} is found, held to the role matrix of docs/runbook.md, and called
 * without a token (401), with every role it does not allow (403), and with one it allows
 * (200, audited with the token's subject and client); then what operators and auditors do
 * with it.
 */
class AdminApiIT extends AgencyIT {

    private static final Pattern MATRIX_ROW = Pattern
        .compile("^\\| (GET|PUT|POST|DELETE) \\| `(/admin/api/[^`]+)` \\| ([a-z, -]+) \\|$");

    private static final Map<AdminRole, String> SCRIPT = Map.of(AdminRole.OPERATOR, "ops-operator", AdminRole.AUDITOR,
            "ops-auditor", AdminRole.ADMIN, "ops-admin");

    @Autowired
    private RequestMappingHandlerMapping mappings;

    @Autowired
    private AdminPort adminPort;

    @Autowired
    private JdbcTemplate jdbc;

    private AdminClient admin;

    private final Map<String, String> tokens = new LinkedHashMap<>();

    @BeforeEach
    void adminListener() {
        this.admin = new AdminClient(this.adminPort.localPort());
    }

    @Test
    void everyAdminEndpointFollowsTheRunbooksMatrixAndAuditsItsCallerBySubjectAndClient() throws Exception {
        String interchangeId = interchangeOf(sendEvent());
        String deadLetterReference = deadLetterToMtc("R" + (100000 + ThreadLocalRandom.current().nextInt(900000)));
        String deadLetter = this.jdbc.queryForObject(
                "SELECT d.id FROM delivery d JOIN interchange i ON "
                        + "i.id = d.interchange_id WHERE i.sender_control_ref = ? AND d.state = 'DEAD_LETTERED'",
                String.class, deadLetterReference);
        String now = Instant.now().toString();
        String adminToken = token("ops-admin");
        JsonNode c00 = null;
        for (JsonNode partner : JSON.readTree(this.admin.get("/admin/api/v1/directory", adminToken).body())
            .path("partners")) {
            c00 = "c00".equals(partner.path("id").asText()) ? partner : c00;
        }
        Map<String, String> bodies = Map.of("PUT /admin/api/v1/directory/partners/{id}",
                JSON.writeValueAsString(Map.of("partner", c00, "reason", "matrix test")),
                "POST /admin/api/v1/directory/import", JSON.writeValueAsString(Map.of("document",
                        this.admin.get("/admin/api/v1/directory/export", adminToken).body(), "reason", "matrix test")));
        Map<String, Set<AdminRole>> mapped = mappedEndpoints();
        assertThat(mapped).as("endpoints under /admin/api/ against docs/runbook.md").isEqualTo(runbookMatrix());
        for (Map.Entry<String, Set<AdminRole>> endpoint : mapped.entrySet()) {
            String method = endpoint.getKey().split(" ")[0];
            String path = endpoint.getKey().split(" ")[1].replace("/messages/{id}", "/messages/" + interchangeId)
                .replace("/directory/partners/{id}", "/directory/partners/c00")
                .replace("/partners/{id}/", "/partners/c00/")
                .replace("/dead-letters/{id}/", "/dead-letters/" + deadLetter + "/");
            assertThat(path).as("a sample for every path variable of " + endpoint.getKey()).doesNotContain("{");
            String body = bodies.getOrDefault(endpoint.getKey(), switch (method) {
                case "PUT" -> "{\"switchedOff\":false,\"reason\":\"matrix test\"}";
                case "POST" -> "{\"partner\":\"mtc\",\"from\":\"" + now + "\",\"reason\":\"matrix test\"}";
                default -> null;
            });

            assertProblem(this.admin.send(method, path, null, body), 401, "GW-083");
            assertProblem(this.admin.send(method, path, token(ExampleParty.PF01.name() + "@agency"), body), 401,
                    "GW-083");
            for (AdminRole role : EnumSet.complementOf(EnumSet.copyOf(endpoint.getValue()))) {
                assertProblem(this.admin.send(method, path, token(SCRIPT.get(role)), body), 403, "GW-098");
            }
            assertProblem(this.admin.send(method, path, token("ops-nobody"), body), 403, "GW-098");

            AdminRole allowed = endpoint.getValue().iterator().next();
            long mark = this.audit.mark();
            HttpResponse<String> answer = this.admin.send(method, path, token(SCRIPT.get(allowed)), body);
            assertThat(answer.statusCode()).as(endpoint.getKey() + ": " + answer.body()).isEqualTo(200);
            JsonNode claims = claims(token(SCRIPT.get(allowed)));
            assertThat(this.audit.since(mark)).as(endpoint.getKey() + " audited with the caller")
                .anySatisfy((record) -> assertThat(record).containsEntry("actor_subject", claims.path("sub").asText())
                    .containsEntry("actor_client", SCRIPT.get(allowed)));
        }
    }

    @Test
    void theAdminListenerServesNothingButTheAdminApiAndThePartnerPortNoneOfIt() throws Exception {
        assertProblem(this.admin.get("/cxf/InboundSPGProxy/1.2", null), 404, "GW-086");
        assertProblem(this.admin.get("/api/v1/inbox", token("ops-operator")), 404, "GW-086");
        assertProblem(this.admin.get("/admin/../api/v1/inbox", token("ops-operator")), 404, "GW-086");
        assertProblem(get(ExampleParty.N00, "/admin/api/v1/queues", token("ops-operator")), 404, "GW-086");
        assertProblem(get(ExampleParty.PF01, "/api/v1/inbox", token("ops-operator")), 401, "GW-083");
    }

    @Test
    void anOperatorFollowsAnInterchangeThroughItsDeliveriesAndSeesTheQueues() throws Exception {
        Document event = sendEvent();
        String reference = Samples.controlReference(event);
        this.deliveries.awaitFinal(reference, Duration.ofSeconds(20));
        String operator = token("ops-operator");

        JsonNode found = JSON
            .readTree(this.admin.get("/admin/api/v1/messages?controlReference=" + reference, operator).body());
        assertThat(found.path("interchanges").findValuesAsText("messageType")).as("the event and its acknowledgement")
            .contains("Event", "InterchangeStatusNotification");
        JsonNode interchange = null;
        for (JsonNode candidate : found.path("interchanges")) {
            interchange = "Event".equals(candidate.path("messageType").asText()) ? candidate : interchange;
        }
        assertThat(interchange.path("sender").asText()).isEqualTo("N00");
        assertThat(interchange.path("deliveries")).isNotEmpty()
            .allSatisfy((delivery) -> assertThat(delivery.path("state").asText()).isEqualTo("DELIVERED"));
        JsonNode one = JSON
            .readTree(this.admin.get("/admin/api/v1/messages/" + interchange.path("id").asText(), operator).body());
        assertThat(one.path("lifecycle").findValuesAsText("event")).contains("INTERCHANGE_ACCEPTED", "DELIVERED");
        assertProblem(this.admin.get("/admin/api/v1/messages/no-such-interchange", operator), 404, "GW-086");

        JsonNode byCase = JSON.readTree(this.admin
            .get("/admin/api/v1/messages?crn=" + interchange.path("crn").asText() + "&state=delivered&size=5", operator)
            .body());
        assertThat(byCase.path("interchanges").size()).isBetween(1, 5);
        long mark = this.audit.mark();
        for (String bad : List.of("state=LOST", "size=0", "size=101", "page=-1", "from=yesterday")) {
            assertProblem(this.admin.get("/admin/api/v1/messages?" + bad, operator), 400, "GW-092");
        }
        assertThat(this.audit.since(mark, "ADMIN_API_REFUSED")).hasSize(5)
            .allSatisfy((record) -> assertThat(record).containsEntry("reason_code", "GW-092")
                .containsEntry("actor_client", "ops-operator"));

        JsonNode queues = JSON.readTree(this.admin.get("/admin/api/v1/queues", operator).body());
        assertThat(queues.findValuesAsText("partner")).contains("nps", "c21", "c00");
        assertThat(JSON.readTree(this.admin.get("/admin/api/v1/dead-letters?size=10", operator).body())
            .path("deadLetters")
            .isArray()).isTrue();
    }

    @Test
    void theKillSwitchNeedsAReasonAndRecordsWhoSwitchedItAndWhy() throws Exception {
        String operator = token("ops-operator");
        assertProblem(this.admin.put("/admin/api/v1/partners/c00/deliveries", operator, "{\"switchedOff\":true}"), 400,
                "GW-092");
        assertProblem(this.admin.put("/admin/api/v1/partners/c00/deliveries", operator, "{\"reason\":\"no state\"}"),
                400, "GW-092");
        assertProblem(this.admin.put("/admin/api/v1/partners/nobody/deliveries", operator,
                "{\"switchedOff\":true,\"reason\":\"incident 42\"}"), 404, "GW-086");
        long mark = this.audit.mark();
        try {
            HttpResponse<String> off = this.admin.put("/admin/api/v1/partners/c00/deliveries", operator,
                    "{\"switchedOff\":true,\"reason\":\"incident 42\"}");
            assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
            assertThat(JSON.readTree(this.admin.get("/admin/api/v1/partners", operator).body()))
                .anySatisfy((partner) -> {
                    if ("c00".equals(partner.path("id").asText())) {
                        assertThat(partner.path("deliveriesSwitchedOff").asBoolean()).isTrue();
                    }
                });
        }
        finally {
            this.admin.put("/admin/api/v1/partners/c00/deliveries", operator,
                    "{\"switchedOff\":false,\"reason\":\"incident 42 over\"}");
        }
        assertThat(this.audit.since(mark, "KILL_SWITCH_CHANGED")).hasSize(2).first().satisfies((record) -> {
            assertThat(record).containsEntry("reason_code", "OFF")
                .containsEntry("partner_id", "c00")
                .containsEntry("actor_client", "ops-operator")
                .containsEntry("actor_subject", claims(operator).path("sub").asText());
            assertThat((String) record.get("reason_detail")).endsWith("on -> off: incident 42");
        });
    }

    @Test
    void theIntakeSwitchRefusesAPartnersInterchangesUntilItIsSwitchedOnAgain() throws Exception {
        String operator = token("ops-operator");
        allocate("I200001", "C00");
        long mark = this.audit.mark();
        try {
            HttpResponse<String> off = this.admin.put("/admin/api/v1/partners/c00/intake", operator,
                    "{\"switchedOff\":true,\"reason\":\"incident 43\"}");
            assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
            assertRefused("GW-036", () -> client(ExampleParty.C00).send(contact("I200001"), SigningOptions.strict()));
            assertThat(client(ExampleParty.N00).send(Samples.fresh("0-9-14/valid/event.xml"), SigningOptions.strict())
                .accepted()).as("other partners' intake goes on").isTrue();
            assertThat(JSON.readTree(this.admin.get("/admin/api/v1/partners", operator).body()))
                .anySatisfy((partner) -> assertThat(partner.path("id").asText() + partner.path("intakeSwitchedOff"))
                    .isEqualTo("c00true"));
        }
        finally {
            this.admin.put("/admin/api/v1/partners/c00/intake", operator,
                    "{\"switchedOff\":false,\"reason\":\"incident 43 over\"}");
        }
        assertThat(client(ExampleParty.C00).send(contact("I200001"), SigningOptions.strict()).accepted()).isTrue();
        assertThat(this.audit.since(mark, "KILL_SWITCH_CHANGED")).hasSize(2)
            .first()
            .satisfies((record) -> assertThat((String) record.get("reason_detail"))
                .isEqualTo("partner c00 intake on -> off: incident 43"));
    }

    private static Document contact(String crn) {
        Document contact = Samples.fresh("0-9-14/valid/contact.xml");
        Samples.setCrn(contact, crn);
        return contact;
    }

    @Test
    void anAuditorSearchesAndExportsAndEachUseIsInTheLogWithWhoAsked() throws Exception {
        String reference = Samples.controlReference(sendEvent());
        this.deliveries.awaitFinal(reference, Duration.ofSeconds(20));
        String auditor = token("ops-auditor");
        long mark = this.audit.mark();

        String byReference = this.admin.get("/admin/api/v1/audit/records?controlReference=" + reference, auditor)
            .body();
        assertThat(byReference).contains("INTERCHANGE_ACCEPTED").contains("DELIVERED");
        HttpResponse<String> export = this.admin.get("/admin/api/v1/audit/export", auditor);
        assertThat(export.statusCode()).isEqualTo(200);
        AuditExports.assertVerifies(
                ExportDocument.read(new ByteArrayInputStream(export.body().getBytes(StandardCharsets.UTF_8))));
        for (String bad : List.of("crn=D100001%0D%0Aforged", "party=%24%7Bjndi%3Aldap%3A%2F%2Fx%7D", "outcome=LOST",
                "controlReference=12ab")) {
            assertProblem(this.admin.get("/admin/api/v1/audit/records?" + bad, auditor), 400, "GW-092");
        }
        String subject = claims(auditor).path("sub").asText();
        assertThat(this.audit.since(mark, "AUDIT_SEARCHED")).singleElement()
            .satisfies((record) -> assertThat(record).containsEntry("actor_subject", subject)
                .containsEntry("actor_client", "ops-auditor"));
        assertThat(this.audit.since(mark, "AUDIT_EXPORTED")).singleElement()
            .satisfies((record) -> assertThat(record).containsEntry("actor_subject", subject));
        assertThat(this.audit.since(mark, "ADMIN_API_REFUSED")).hasSize(4);
    }

    private Map<String, Set<AdminRole>> mappedEndpoints() {
        Map<String, Set<AdminRole>> mapped = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
            for (String pattern : entry.getKey().getPatternValues()) {
                if (!pattern.startsWith("/admin/api/")) {
                    continue;
                }
                Allowed allowed = entry.getValue().getMethodAnnotation(Allowed.class);
                assertThat(allowed).as(pattern + " names the roles that may call it").isNotNull();
                for (var method : entry.getKey().getMethodsCondition().getMethods()) {
                    mapped.put(method.name() + " " + pattern, EnumSet.copyOf(Arrays.asList(allowed.value())));
                }
            }
        }
        return mapped;
    }

    private static Map<String, Set<AdminRole>> runbookMatrix() throws Exception {
        Map<String, Set<AdminRole>> matrix = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("..", "docs", "runbook.md"))) {
            Matcher row = MATRIX_ROW.matcher(line.strip());
            if (row.matches()) {
                Set<AdminRole> roles = Arrays.stream(row.group(3).split(", "))
                    .map((name) -> Arrays.stream(AdminRole.values())
                        .filter((role) -> role.realmRole().equals(name))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("unknown role " + name)))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(AdminRole.class)));
                matrix.put(row.group(1) + " " + row.group(2), roles);
            }
        }
        return matrix;
    }

    private String token(String client) {
        return this.tokens.computeIfAbsent(client,
                (name) -> name.endsWith("@agency")
                        ? AgencyIT.token(ExampleParty.valueOf(name.substring(0, name.indexOf('@'))))
                        : KEYCLOAK.scriptToken(name).accessToken());
    }

    private static JsonNode claims(String token) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(status);
        assertThat(JSON.readTree(response.body()).path("code").asText()).as(response.uri().toString()).isEqualTo(code);
    }

    private Document sendEvent() throws Exception {
        Document event = Samples.fresh("0-9-14/valid/event.xml");
        assertThat(client(ExampleParty.N00).send(event, SigningOptions.strict()).accepted()).isTrue();
        return event;
    }

    private String interchangeOf(Document event) {
        return this.jdbc.queryForObject("SELECT id FROM interchange WHERE sender_control_ref = ?", String.class,
                Samples.controlReference(event));
    }

}
