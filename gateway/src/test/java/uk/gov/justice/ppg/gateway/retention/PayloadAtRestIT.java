package uk.gov.justice.ppg.gateway.retention;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.audit.AuditExporter;
import uk.gov.justice.ppg.gateway.support.AuditExports;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * Payloads at rest and their retention: what the database holds of a payload is sealed
 * (AES-GCM under the storage key named on the row), so the personal data in it cannot be
 * read there, while the receiver gets it whole. Once delivered and past its retention
 * (here seconds), the payload is purged, once, with its audit record; its hash stays, so
 * the same interchange sent again is still a duplicate; the audit log still verifies. An
 * interchange with a delivery still pending keeps its payload.
 */
class PayloadAtRestIT extends GatewayIT {

    private static final String CANARY = "Zqvrestcanary";

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private AuditExporter exporter;

    @DynamicPropertySource
    static void shortRetention(DynamicPropertyRegistry registry) {
        GatewayIT.ownStores(registry);
        registry.add("gateway.storage.payload-retention", () -> "3s");
        registry.add("gateway.housekeeping.retention", () -> "1s");
    }

    @Test
    void storesPayloadsSealedAndPurgesThemAfterTheirRetentionKeepingTheHash() throws Exception {
        Document event = Samples.allocation("Y100001", "C00");
        Samples.setDescendantText(event, "Notes", CANARY);
        assertThat(send(event).accepted()).isTrue();
        String reference = Samples.controlReference(event);
        Map<String, Object> stored = row(reference);
        assertThat(stored).containsEntry("payload_key_id", "payload-1");
        assertThat(new String((byte[]) stored.get("payload"), StandardCharsets.ISO_8859_1)).doesNotContain(CANARY)
            .doesNotContain("SPGInterchange");
        this.deliveries.awaitFinal(reference, WITHIN);
        assertThat(GatewayIT.PARTNERS.received("c00", reference)).singleElement()
            .satisfies((request) -> assertThat(request.getBodyAsString()).contains(CANARY));

        Map<String, Object> purged = Awaitility.await()
            .atMost(WITHIN)
            .until(() -> row(reference), (row) -> row.get("payload_purged_at") != null);
        assertThat((byte[]) purged.get("payload")).isEmpty();
        assertThat(purged.get("payload_sha256")).isEqualTo(stored.get("payload_sha256"));
        assertThat(this.audit.since(this.auditMark, "PAYLOAD_PURGED")
            .stream()
            .filter((record) -> reference.equals(record.get("sender_control_ref")))).singleElement()
            .satisfies((record) -> assertThat(record).containsEntry("payload_sha256", stored.get("payload_sha256"))
                .containsEntry("reason_code", "RETENTION"));

        SpgResponse again = send(event);
        assertThat(again.accepted()).as(again.text()).isTrue();
        assertThat(this.deliveries.of(reference)).hasSize(1);
        AuditExports.assertVerifies(AuditExports.export(this.exporter));
    }

    @Test
    void keepsThePayloadWhileADeliveryIsPending() throws Exception {
        Document event = Samples.allocation("Y100002", "C21");
        GatewayIT.PARTNERS.server()
            .stubFor(post(urlEqualTo("/partners/c21")).atPriority(1)
                .withRequestBody(containing(Samples.controlReference(event)))
                .willReturn(aResponse().withStatus(503)));
        try {
            assertThat(send(event).accepted()).isTrue();
            Awaitility.await().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(row(Samples.controlReference(event))).containsEntry("payload_purged_at", null);
                assertThat(this.deliveries.of(Samples.controlReference(event))).singleElement()
                    .satisfies((row) -> assertThat(row).containsEntry("state", "PENDING"));
            });
        }
        finally {
            GatewayIT.PARTNERS.resetToHealthy();
        }
    }

    private SpgResponse send(Document event) throws Exception {
        return client(ExampleParty.N00).send(event, SigningOptions.strict());
    }

    private Map<String, Object> row(String reference) {
        return this.jdbc.queryForMap(
                "SELECT payload, payload_key_id, payload_purged_at, payload_sha256 "
                        + "FROM interchange WHERE origin = 'PARTNER' AND sender = 'N00' AND sender_control_ref = ?",
                reference);
    }

}
