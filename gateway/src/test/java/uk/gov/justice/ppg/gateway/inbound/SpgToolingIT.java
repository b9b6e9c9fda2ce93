package uk.gov.justice.ppg.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.support.DeliveryProbe;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.schemas.SchemaVersion;
import uk.gov.justice.ppg.schemas.catalogue.SpgCatalogue;
import uk.gov.justice.ppg.schemas.catalogue.SpgTooling;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * Every body SPG carried, written the way SPG's own tooling writes it (one line,
 * epoch-millisecond references, times with and without milliseconds, ApplicationReference
 * SPG, the SPGVersion GUID and SPGUpdateUser, empty always-written elements) and signed
 * by SPG's own signer ({@code spg-2018}): accepted, delivered, and audited and counted as
 * weak. Its own gateway, whose directory puts nDelius as well as C04 on {@code spg-2018},
 * so that the bodies only nDelius may send are signed the legacy way too.
 */
class SpgToolingIT extends GatewayIT {

    private static final Path DATA = dataDirectory();

    private static final Duration WITHIN = Duration.ofSeconds(20);

    private static final String C00_CASE = "D100001";

    private static final String LEGACY_CASE = "L400002";

    private static final AtomicLong EPOCH_MILLIS = new AtomicLong(System.currentTimeMillis());

    @Autowired
    private MeterRegistry meters;

    @DynamicPropertySource
    static void legacyNdelius(DynamicPropertyRegistry registry) {
        registry.add("test.partners-file",
                () -> PARTNERS.directory(DATA.resolve("partners.yml"), Map.of(), (partner) -> {
                    if ("nps".equals(partner.get("id"))) {
                        partner.put("signature-profile", "spg-2018");
                    }
                }).toString());
        registry.add("test.database.url", () -> "jdbc:h2:file:" + DATA.resolve("db/gateway")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        registry.add("test.artemis.directory", () -> DATA.resolve("artemis").toString());
    }

    static Stream<String> spgBodies() {
        return SpgCatalogue.load().bodies().stream().map(SpgCatalogue.Body::name);
    }

    @BeforeEach
    void casesHeld() throws Exception {
        allocate(C00_CASE, "C00");
        allocate(LEGACY_CASE, "C04");
        this.auditMark = this.audit.mark();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spgBodies")
    void acceptsEveryBodyAsSpgsToolingWritesIt(String name) throws Exception {
        SpgCatalogue.Body body = SpgCatalogue.load().body(name);
        boolean fromNdelius = "N00>CRC".equals(body.direction());
        long reference = EPOCH_MILLIS.incrementAndGet();
        SpgTooling tooling = fromNdelius
                ? SpgTooling.of(name, SchemaVersion.V0_9_14).parties("N00", "C00").crn(C00_CASE)
                : SpgTooling.of(name, SchemaVersion.V0_9_13).parties("C04", "N00").crn(LEGACY_CASE);
        tooling.controlReference(reference).preparedAt(Instant.now(), reference % 2 == 0);
        if (body.transfer()) {
            tooling.status(name.endsWith("Request") ? "PN" : "TR");
        }
        if ("InterchangeStatusNotification".equals(name)) {
            tooling.receiverControlReference(reference - 1);
        }
        Document interchange = tooling.document();
        double weakBefore = weakAccepted();

        SpgResponse response = client(fromNdelius ? ExampleParty.N00 : ExampleParty.C04).send(interchange,
                SigningOptions.spg2018());
        assertThat(response.accepted()).as(response.text()).isTrue();

        assertThat(this.audit.since(this.auditMark, "INTERCHANGE_ACCEPTED")).singleElement()
            .satisfies((record) -> assertThat(record).containsEntry("message_type", name)
                .containsEntry("sender_control_ref", Long.toString(reference))
                .containsEntry("signature_profile", "spg-2018")
                .containsEntry("weak_signature", "Y")
                .containsEntry("partner_id", fromNdelius ? "nps" : "c04"));
        assertThat(weakAccepted()).isEqualTo(weakBefore + 1);
        DeliveryProbe.awaitReceived(PARTNERS, fromNdelius ? "c00" : "nps", Long.toString(reference), 1, WITHIN);
    }

    private double weakAccepted() {
        return this.meters.counter("gateway.signature.weak").count();
    }

}
