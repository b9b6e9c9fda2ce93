package uk.gov.justice.ppg.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.schemas.xml.SecureXml;
import uk.gov.justice.ppg.tools.client.PartnerClient;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * The durable-accept contract, run against each supported database: an accepted
 * interchange is stored, audited and queued before the 200; a repeated control reference,
 * sequential or concurrent, gets the original reply and causes nothing new.
 */
abstract class AcceptContract extends GatewayIT {

    private static final String EVENT = "0-9-14/valid/event.xml";

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void storesAuditsAndQueuesBeforeReplying() throws Exception {
        Document event = Samples.fresh(EVENT);
        SpgResponse response = nps().send(event, SigningOptions.strict());
        assertThat(response.accepted()).as(response.text()).isTrue();
        String reference = Samples.controlReference(event);
        assertThat(storedWith(reference)).singleElement()
            .satisfies((row) -> assertThat(row).containsEntry("receiver", "C00").containsEntry("crn", "D100001"));
        assertThat(this.audit.since(this.auditMark, "INTERCHANGE_ACCEPTED")).singleElement()
            .satisfies((record) -> assertThat(record).containsEntry("sender_control_ref", reference)
                .containsEntry("signature_profile", "strict")
                .containsEntry("purpose", "CASE_MANAGEMENT"));
        assertThat(this.audit.since(this.auditMark, "DELIVERY_ROUTED")).singleElement()
            .satisfies((record) -> assertThat(record).containsEntry("receiver", "C00"));
        assertThat(this.jdbc.queryForList("SELECT d.partner_id FROM delivery d JOIN interchange i ON i.id = "
                + "d.interchange_id WHERE i.sender_control_ref = ?", String.class, reference))
            .containsExactly("c00");
    }

    @Test
    void aSequentialDuplicateGetsTheOriginalReplyAndCausesNothingNew() throws Exception {
        Document event = Samples.fresh(EVENT);
        SpgResponse first = nps().send(event, SigningOptions.strict());
        assertThat(first.accepted()).as(first.text()).isTrue();
        int deliveries = this.queues.deliveries();
        long mark = this.audit.mark();
        SpgResponse second = nps().send(event, SigningOptions.strict());
        assertThat(second.status()).isEqualTo(first.status());
        assertThat(second.text()).isEqualTo(first.text());
        assertThat(this.queues.deliveries()).isEqualTo(deliveries);

        assertThat(this.audit.inboundSince(mark)).singleElement()
            .satisfies((record) -> assertThat(record).containsEntry("event", "INTERCHANGE_DUPLICATE"));

        assertThat(storedWith(Samples.controlReference(event))).hasSize(1);
    }

    @Test
    void aReferenceReusedWithOtherContentIsRefusedAndDeliversNothing() throws Exception {
        Document event = Samples.fresh(EVENT);
        assertThat(nps().send(event, SigningOptions.strict()).accepted()).isTrue();
        Document other = Samples.fresh(EVENT);
        Samples.setControlReference(other, Samples.controlReference(event));
        Samples.setDescendantText(other, "Notes", "a different event, after a counter reset");
        assertRefused("GW-045", () -> nps().send(other, SigningOptions.strict()));
        assertThat(this.audit.inboundSince(this.auditMark)).filteredOn("reason_code", "GW-045")
            .singleElement()
            .satisfies((record) -> assertThat((String) record.get("reason_detail")).matches(
                    "reference accepted before with payload sha256 [0-9a-f]{64}; this one has sha256 [0-9a-f]{64}"));
        assertThat(storedWith(Samples.controlReference(event))).hasSize(1);
        SpgResponse again = nps().send(event, SigningOptions.strict());
        assertThat(again.accepted()).as("the original content is still a duplicate").isTrue();
    }

    @Test
    void concurrentDuplicatesAreAcceptedOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                Document event = Samples.fresh(EVENT);
                byte[] one = SecureXml.serialize(nps().sign(event, SigningOptions.strict()));
                byte[] two = SecureXml.serialize(nps().sign(event, SigningOptions.strict()));
                long mark = this.audit.mark();
                CountDownLatch start = new CountDownLatch(1);
                CompletableFuture<SpgResponse> first = CompletableFuture.supplyAsync(() -> post(start, one), pool);
                CompletableFuture<SpgResponse> second = CompletableFuture.supplyAsync(() -> post(start, two), pool);
                start.countDown();
                assertThat(List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS)))
                    .allSatisfy((response) -> assertThat(response.accepted()).as(response.text()).isTrue());
                String reference = Samples.controlReference(event);
                assertThat(storedWith(reference)).hasSize(1);
                assertThat(this.audit.since(mark, "INTERCHANGE_ACCEPTED")).hasSize(1);
                assertThat(this.audit.since(mark, "INTERCHANGE_DUPLICATE")).hasSize(1);
                assertThat(this.audit.since(mark, "DELIVERY_ROUTED")).hasSize(1);
            }
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRefusalIsAuditedAndStoresNothing() throws Exception {
        Document event = Samples.fresh(EVENT);
        assertRefused("GW-014", () -> nps().send(event, SigningOptions.spg2018()));
        assertThat(storedWith(Samples.controlReference(event))).isEmpty();
    }

    private SpgResponse post(CountDownLatch start, byte[] envelope) {
        try {
            start.await();
            return nps().post(envelope, true);
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private List<Map<String, Object>> storedWith(String reference) {
        return this.jdbc.queryForList(
                "SELECT receiver, crn FROM interchange WHERE sender = 'N00' AND sender_control_ref = ?", reference);
    }

    private PartnerClient nps() {
        return client(ExampleParty.N00);
    }

}
