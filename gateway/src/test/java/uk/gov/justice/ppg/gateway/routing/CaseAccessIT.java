package uk.gov.justice.ppg.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.ppg.gateway.support.Failures.codeOf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;
import uk.gov.justice.ppg.schemas.SchemaVersion;
import uk.gov.justice.ppg.schemas.catalogue.SpgTooling;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * A CRC may send case data only about its own cases (or, inside the transfer grace
 * window, the one it just handed over); a case the register does not know is refused
 * unless nDelius allocates it; and the register can be seeded in bulk from what nDelius
 * already holds, all or nothing.
 */
class CaseAccessIT extends GatewayIT {

    private static final Duration WITHIN = Duration.ofSeconds(20);

    @Autowired
    private RegisterImport registerImport;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void refusesACrcsCaseDataAboutAnotherCrcsCaseAsARefusedDisclosure() throws Exception {
        allocate("A200001", "C00");
        Document contact = contactFrom("C21", "A200001", SchemaVersion.V0_9_13);
        assertRefused("GW-052", () -> client(ExampleParty.C21).send(contact, SigningOptions.strict()));
        Document transfer = SpgTooling.of("ConsolidatedTransferRequest", SchemaVersion.V0_9_13)
            .parties("C21", "N00")
            .crn("A200001")
            .status("PN")
            .document();
        assertRefused("GW-052", () -> client(ExampleParty.C21).send(transfer, SigningOptions.strict()));
        assertThat(this.audit.inboundSince(this.auditMark)).filteredOn("reason_code", "GW-052")
            .hasSize(2)
            .allSatisfy((record) -> assertThat(record).containsEntry("outcome", "DISCLOSURE_REFUSED")
                .containsEntry("sender", "C21")
                .containsEntry("crn", "A200001")
                .containsEntry("partner_id", "c21"));
    }

    @Test
    void acceptsCaseDataFromThePreviousProviderInsideTheGraceWindow() throws Exception {
        allocate("A200002", "C21");
        allocate("A200002", "C00");
        Document contact = contactFrom("C21", "A200002", SchemaVersion.V0_9_13);
        SpgResponse response = client(ExampleParty.C21).send(contact, SigningOptions.strict());
        assertThat(response.accepted()).as(response.text()).isTrue();
        assertThat(this.deliveries.awaitFinal(Samples.controlReference(contact), WITHIN))
            .extracting((row) -> row.get("receiver") + "/" + row.get("state"))
            .containsExactly("N00/DELIVERED");
    }

    @Test
    void aCaseImportedForC00RoutesToC00AndOnlyC00MaySendAboutIt() throws Exception {
        RegisterImport.Result result = this.registerImport.apply("""
                crn,provider,since
                # cases nDelius allocated before the gateway existed
                A300001,C00,2025-06-01
                A300002,N07,2025-06-02T09:30:00Z
                """.getBytes(StandardCharsets.UTF_8), "test");
        assertThat(result.cases()).isEqualTo(2);
        assertThat(register("A300001")).containsEntry("provider", "C00");
        assertThat(register("A300002")).containsEntry("provider", "N00");
        assertThat(this.audit.since(this.auditMark, "CASE_REGISTER_IMPORTED")).singleElement()
            .satisfies((record) -> assertThat(record).containsEntry("payload_sha256", result.sha256())
                .containsEntry("reason_code", "IMPORT"));

        Document details = Samples.fresh("0-9-14/valid/offender-details.xml");
        Samples.setCrn(details, "A300001");
        String reference = Samples.controlReference(details);
        assertThat(client(ExampleParty.N00).send(details, SigningOptions.strict()).accepted()).isTrue();
        assertThat(this.deliveries.awaitFinal(reference, WITHIN)).extracting((row) -> row.get("receiver"))
            .containsExactly("C00");

        Document fromC00 = contactFrom("C00", "A300001", SchemaVersion.V0_9_14);
        assertThat(client(ExampleParty.C00).send(fromC00, SigningOptions.strict()).accepted()).isTrue();
        Document fromC21 = contactFrom("C21", "A300001", SchemaVersion.V0_9_13);
        assertRefused("GW-052", () -> client(ExampleParty.C21).send(fromC21, SigningOptions.strict()));
    }

    @Test
    void aMalformedImportLineRefusesTheWholeImportNamingTheLine() {
        long mark = this.audit.mark();
        String file = """
                A300101,C00,2025-06-01
                A300102,C21,2025-06-01
                A30010X,C21,2025-06-01
                """;
        assertThat(codeOf(() -> this.registerImport.apply(file.getBytes(StandardCharsets.UTF_8), "test")))
            .isEqualTo(GatewayErrorCode.REGISTER_IMPORT_REFUSED);
        assertThat(message(file)).isEqualTo("line 3: not a CRN");
        assertThat(message("A300103,C99,2025-06-01\n"))
            .isEqualTo("line 1: provider is not N00, an NPS provider or " + "a CRC in the directory");
        assertThat(message("A300104,C00,2999-01-01\n")).isEqualTo("line 1: since is in the future");
        assertThat(message("A300105,C00,2025-06-01\nA300105,C21,2025-06-02\n")).isEqualTo("line 2: case listed twice");
        assertThat(this.jdbc.queryForList("SELECT crn FROM case_responsibility WHERE crn LIKE 'A3001%'"))
            .as("nothing of a refused import is applied")
            .isEmpty();
        assertThat(this.audit.since(mark, "CASE_REGISTER_IMPORTED")).isEmpty();
    }

    @Test
    void theRegistersNewerKnowledgeWinsOverAnOlderImport() throws Exception {
        allocate("A300201", "C21");
        RegisterImport.Result result = this.registerImport
            .apply("A300201,C00,2020-01-01\n".getBytes(StandardCharsets.UTF_8), "test");
        assertThat(result.outcomes()).containsEntry(CaseRegister.Imported.KEPT, 1);
        assertThat(register("A300201")).containsEntry("provider", "C21");
    }

    /** The detail of the refusal of an import of {@code file}. */
    private String message(String file) {
        try {
            this.registerImport.apply(file.getBytes(StandardCharsets.UTF_8), "test");
            return "no refusal";
        }
        catch (GatewayException ex) {
            assertThat(ex.code()).isEqualTo(GatewayErrorCode.REGISTER_IMPORT_REFUSED);
            return ex.detail();
        }
    }

    private Map<String, Object> register(String crn) {
        List<Map<String, Object>> rows = this.jdbc
            .queryForList("SELECT provider, previous_provider FROM case_responsibility WHERE crn = ?", crn);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private static Document contactFrom(String sender, String crn, SchemaVersion version) {
        Document contact = Samples.fresh(version.wireName() + "/valid/contact.xml");
        Samples.setParty(contact, "SenderIdentity", sender);
        Samples.setCrn(contact, crn);
        return contact;
    }

}
