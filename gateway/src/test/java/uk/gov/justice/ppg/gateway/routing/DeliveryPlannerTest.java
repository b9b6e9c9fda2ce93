package uk.gov.justice.ppg.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.ppg.gateway.support.Failures.codeOf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

import uk.gov.justice.ppg.gateway.partner.PartnerDirectory;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.schemas.SchemaVersion;
import uk.gov.justice.ppg.schemas.envelope.InterchangeReader;
import uk.gov.justice.ppg.schemas.envelope.InterchangeView;

/**
 * The rules of docs/delivery.md, "Who receives what", one row each: who gets a copy and
 * why, or the code the interchange is refused with. The shipped partner directory; a
 * register holding the case as the row says; the grace window at its default, 7 days.
 */
class DeliveryPlannerTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private static final String CRN = "D100001";

    private static final PartnerDirectory SHIPPED = shipped();

    private static final Supplier<PartnerDirectory> DIRECTORY = () -> SHIPPED;

    /**
     * {@code register}: {@code -} for a case not held, {@code C21@30} for a case held by
     * C21 since 30 days, {@code C00<C21@3} for one transferred from C21 to C00 3 days
     * ago. {@code expected}: each receiver and its reason, or a {@code GW-0xx} code.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    an allocation goes to the allocated CRC                   | event     | N00  | C21 | -         | C21 ADDRESSED
                    an allocation from N00 introduces an unknown case         | event     | N00  | C00 | -         | C00 ADDRESSED
                    a reallocation also copies the provider it replaces       | event     | N00  | C00 | C21@30    | C00 ADDRESSED, C21 GRACE_WINDOW
                    a CRC's case data goes to nDelius                         | contact   | C21  | N00 | C21@30    | N00 ADDRESSED
                    a CRC may not send about another CRC's case               | contact   | C21  | N00 | C00@30    | GW-052
                    its previous provider may, inside the window              | contact   | C21  | N00 | C00<C21@3 | N00 ADDRESSED
                    but not once the window has closed                        | contact   | C21  | N00 | C00<C21@8 | GW-052
                    nothing about a case the register does not know, from a CRC | contact | C21  | N00 | -         | GW-053
                    nor to a CRC                                              | contact   | N00  | C21 | -         | GW-053
                    case data to the responsible CRC                          | contact   | N00  | C21 | C21@30    | C21 ADDRESSED
                    case data to a CRC not responsible is refused             | contact   | N00  | C21 | C00@30    | GW-050
                    the previous provider may be addressed inside the window  | contact   | N00  | C21 | C00<C21@3 | C21 ADDRESSED
                    but not once the window has closed                        | contact   | N00  | C21 | C00<C21@8 | GW-050
                    inside the window the previous provider gets a copy       | contact   | N00  | C00 | C00<C21@3 | C00 ADDRESSED, C21 GRACE_WINDOW
                    never back to the sender                                  | contact   | C21  | N00 | C00<C21@3 | N00 ADDRESSED
                    a check result also goes to the responsible CRC           | da-result | PF01 | N00 | C21@30    | N00 ADDRESSED, C21 RESPONSIBLE_PROVIDER
                    and inside the window to the previous one too             | da-result | PF01 | N00 | C00<C21@3 | N00 ADDRESSED, C00 RESPONSIBLE_PROVIDER, C21 GRACE_WINDOW
                    a check result on a case nobody holds goes to nDelius     | da-result | PF01 | N00 | -         | N00 ADDRESSED
                    a check request is not about responsibility               | da-request| N00  | PF01| -         | PF01 ADDRESSED
                    an agency's inbox takes one message per interchange       | two-da-requests | N00 | PF01 | - | GW-051
                    a CRC's document-list request goes to nDelius             | documents | C21  | N00 | C21@30    | N00 ADDRESSED
                    and only about its own cases                              | documents | C21  | N00 | C00@30    | GW-052
                    nDelius may offer a transfer of a case it holds           | transfer  | N00  | C21 | N00@30    | C21 ADDRESSED
                    and a CRC may answer it                                   | transfer  | C21  | N00 | N00@30    | N00 ADDRESSED
                    but a transfer about another CRC's case is refused        | transfer  | N00  | C21 | C00@30    | GW-050
                    a copy the receiver's version cannot carry is refused     | court     | N00  | C21 | C21@30    | GW-051
                    a test interchange reaches a test endpoint                | test-event| N00  | C00 | C00@30    | C00 ADDRESSED
                    but never a live partner                                  | test-event| N00  | C21 | C21@30    | GW-054
                    and its copies go to test endpoints only                  | test-contact | N00 | C00 | C00<C21@3 | C00 ADDRESSED
                    """)
    void decidesWhoReceivesWhat(String rule, String body, String sender, String receiver, String register,
            String expected) {
        Document interchange = sample(body, sender, receiver);
        DeliveryPlanner planner = new DeliveryPlanner(DIRECTORY, new Register(register),
                Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofDays(7));
        InterchangeView view = InterchangeReader.read(interchange.getDocumentElement());
        if (expected.startsWith("GW-")) {
            GatewayErrorCode code = codeOf(
                    () -> planner.plan(view, SchemaVersion.V0_9_14, interchange.getDocumentElement()));
            assertThat(code.code()).as(rule).isEqualTo(expected);
            return;
        }
        RoutingPlan plan = planner.plan(view, SchemaVersion.V0_9_14, interchange.getDocumentElement());
        assertThat(plan.deliveries()).as(rule)
            .extracting((delivery) -> delivery.receiver() + " " + delivery.reason())
            .containsExactlyElementsOf(Arrays.stream(expected.split(",")).map(String::trim).toList());
        assertThat(plan.deliveries()).as("each copy in its receiver's pinned version")
            .allSatisfy((delivery) -> assertThat(delivery.schemaVersion())
                .isEqualTo(DIRECTORY.get().byPartyCode(delivery.receiver()).orElseThrow().schemaVersion()));
    }

    private static Document sample(String body, String sender, String receiver) {
        Document interchange = switch (body) {
            case "event", "test-event" -> Samples.allocation(CRN, receiver);
            case "contact", "test-contact" -> Samples.fresh("0-9-14/valid/contact.xml");
            case "da-result" -> Samples.fresh("0-9-14/valid/domestic-abuse-check-result.xml");
            case "da-request" -> Samples.fresh("0-9-14/valid/domestic-abuse-check-request.xml");
            case "two-da-requests" -> twoMessages(Samples.fresh("0-9-14/valid/domestic-abuse-check-request.xml"));
            case "documents" -> Samples.fresh("0-9-14/valid/get-document-list.xml");
            case "transfer" -> Samples.fresh("0-9-14/valid/consolidated-transfer-request.xml");
            case "court" -> Samples.fresh("0-9-14/valid/court-appearance.xml");
            default -> throw new IllegalArgumentException(body);
        };
        Samples.setParty(interchange, "SenderIdentity", sender);
        Samples.setParty(interchange, "ReceiverIdentity", receiver);
        Samples.setCrn(interchange, CRN);
        if (body.startsWith("test-")) {
            Samples.setText(interchange, "SPGInterchangeHeader", "TestIndicator", "Y");
        }
        return interchange;
    }

    /** The interchange with its one message repeated (as SPG allowed, up to 100). */
    private static Document twoMessages(Document interchange) {
        Node message = interchange.getElementsByTagNameNS("*", "SPGMessage").item(0);
        message.getParentNode().insertBefore(message.cloneNode(true), message.getNextSibling());
        return interchange;
    }

    /** The case register as a row describes it. */
    private static final class Register extends CaseRegister {

        private final Map<String, Responsibility> cases = new HashMap<>();

        Register(String state) {
            super(null);
            if (!"-".equals(state)) {
                String[] holdersAndAge = state.split("@");
                List<String> holders = List.of(holdersAndAge[0].split("<"));
                Instant changedAt = NOW.minus(Duration.ofDays(Long.parseLong(holdersAndAge[1])));
                Optional<String> previous = (holders.size() > 1) ? Optional.of(holders.get(1)) : Optional.empty();
                this.cases.put(CRN, new Responsibility(CRN, holders.get(0), previous, changedAt));
            }
        }

        @Override
        public Optional<Responsibility> find(String crn) {
            return Optional.ofNullable(this.cases.get(crn));
        }

    }

    private static PartnerDirectory shipped() {
        try {
            return PartnerDirectory.read(Path.of("..", "config", "partners.yml"));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
