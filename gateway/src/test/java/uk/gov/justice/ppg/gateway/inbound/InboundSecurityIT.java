package uk.gov.justice.ppg.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.apache.wss4j.common.WSS4JConstants;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.gateway.support.Tamper;
import uk.gov.justice.ppg.schemas.xml.SecureXml;
import uk.gov.justice.ppg.tools.client.PartnerClient;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SoapSigner;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * Every WS-Security refusal over real mutual TLS: each asserts its error code, that
 * nothing was queued, and that exactly one rejection was audited.
 */
class InboundSecurityIT extends GatewayIT {

    private static final String EVENT = "0-9-14/valid/event.xml";

    private static final SigningOptions STRICT = SigningOptions.strict();

    @Test
    void refusesAnUnsignedMessage() throws Exception {
        assertRefused("GW-010", () -> nps().post(serialize(SoapSigner.envelope(Samples.fresh(EVENT), true)), true));
    }

    @Test
    void refusesAMessageWhoseSignatureCoversOnlyTheTimestamp() throws Exception {
        assertRefused("GW-020", () -> nps().send(Samples.fresh(EVENT), STRICT.coverage(true, false)));
    }

    @Test
    void refusesAMessageWhoseSignatureLeavesTheTimestampOut() throws Exception {
        assertRefused("GW-020", () -> nps().send(Samples.fresh(EVENT), STRICT.coverage(false, true)));
    }

    @Test
    void refusesABodyTamperedWithAfterSigning() throws Exception {
        assertRefused("GW-019", () -> sendEdited(Tamper::changeBody));
    }

    @Test
    void refusesASignedBodyMovedAsideForAForgedOne() throws Exception {
        assertRefused("GW-020", () -> sendEdited(Tamper::wrapBodyUnsignedForgery));
    }

    @Test
    void refusesAForgedBodyCarryingTheSignedBodysId() throws Exception {
        assertRefused("GW-019", () -> sendEdited(Tamper::wrapBodyDuplicateId));
    }

    @Test
    void refusesAForgedBodyWithANewIdEvenThoughTheSignatureVerifies() throws Exception {
        assertRefused("GW-020", () -> sendEdited(Tamper::wrapBodyNewId));
    }

    @Test
    void refusesASecondSecurityHeader() throws Exception {
        assertRefused("GW-020", () -> sendEdited(Tamper::secondSecurityHeader));
    }

    @Test
    void refusesAnExpiredTimestamp() throws Exception {
        assertRefused("GW-012", () -> nps().send(Samples.fresh(EVENT),
                STRICT.clock(Duration.ofSeconds(-301), Duration.ofSeconds(900))));
    }

    @Test
    void refusesATimestampWhoseExpiresHasPassed() throws Exception {
        assertRefused("GW-012",
                () -> nps().send(Samples.fresh(EVENT), STRICT.clock(Duration.ofSeconds(-120), Duration.ofSeconds(60))));
    }

    @Test
    void refusesATimestampFromTheFuture() throws Exception {
        assertRefused("GW-013",
                () -> nps().send(Samples.fresh(EVENT), STRICT.clock(Duration.ofSeconds(90), Duration.ofSeconds(300))));
    }

    @Test
    void acceptsATimestampWithinTheAllowedSkew() throws Exception {
        SpgResponse response = nps().send(Samples.fresh(EVENT),
                STRICT.clock(Duration.ofSeconds(45), Duration.ofSeconds(300)));
        assertThat(response.accepted()).as(response.text()).isTrue();
    }

    @Test
    void refusesAMessageWithoutTimestamp() throws Exception {
        assertRefused("GW-011", () -> nps().send(Samples.fresh(EVENT), STRICT.withoutTimestamp()));
    }

    @Test
    void refusesATimestampRemovedAfterSigning() throws Exception {
        assertRefused("GW-011", () -> sendEdited(Tamper::removeTimestamp));
    }

    @Test
    void refusesTheExactSameSignedMessageReplayedWithinItsLifetime() throws Exception {
        byte[] signed = serialize(nps().sign(Samples.fresh(EVENT), STRICT));
        SpgResponse first = nps().post(signed, true);
        assertThat(first.accepted()).as(first.text()).isTrue();
        assertRefused("GW-021", () -> nps().post(signed, true));
    }

    @Test
    void acceptsOneOfTheSameSignedMessageSentConcurrentlyAndRefusesTheOthersAsReplays() throws Exception {
        byte[] signed = serialize(nps().sign(Samples.fresh(EVENT), STRICT));
        int deliveries = this.queues.deliveries();
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Future<SpgResponse>> sent = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sent.add(senders.submit(() -> nps().post(signed, true)));
            }
            List<SpgResponse> answers = new ArrayList<>();
            for (Future<SpgResponse> answer : sent) {
                answers.add(answer.get(30, TimeUnit.SECONDS));
            }
            assertThat(answers).filteredOn(SpgResponse::accepted).hasSize(1);
            assertThat(answers).filteredOn((answer) -> !answer.accepted())
                .hasSize(3)
                .allSatisfy((answer) -> assertThat(answer.errorCode()).as(answer.text()).contains("GW-021"));
        }
        finally {
            senders.shutdownNow();
        }
        assertThat(this.queues.deliveries()).isEqualTo(deliveries + 1);
    }

    @Test
    void refusesASigningCertificateFromAnUntrustedCa() throws Exception {
        assertRefused("GW-015", () -> signedWith("n00-signing-untrusted"));
    }

    @Test
    void refusesAnExpiredSigningCertificate() throws Exception {
        assertRefused("GW-016", () -> signedWith("n00-signing-expired"));
    }

    @Test
    void refusesANotYetValidSigningCertificate() throws Exception {
        assertRefused("GW-016", () -> signedWith("n00-signing-not-yet-valid"));
    }

    @Test
    void refusesARevokedSigningCertificate() throws Exception {
        assertRefused("GW-017", () -> signedWith("n00-signing-revoked"));
    }

    @Test
    void refusesA1024BitSigningKey() throws Exception {
        assertRefused("GW-018", () -> signedWith("n00-signing-rsa1024"));
    }

    @Test
    void refusesASigningCertificateSignedWithSha1() throws Exception {
        assertRefused("GW-018", () -> signedWith("n00-signing-sha1"));
    }

    @Test
    void refusesAnRsaSha1Signature() throws Exception {
        assertRefused("GW-014", () -> nps().send(Samples.fresh(EVENT),
                STRICT.algorithms(WSS4JConstants.RSA_SHA1, WSS4JConstants.SHA256)));
    }

    @Test
    void refusesSha1Digests() throws Exception {
        assertRefused("GW-014", () -> nps().send(Samples.fresh(EVENT),
                STRICT.algorithms(WSS4JConstants.RSA_SHA256, WSS4JConstants.SHA1)));
    }

    @Test
    void refusesASigningCertificateOfAnotherPartner() throws Exception {
        assertRefused("GW-033", () -> client("c00-tls", "c00-signing").send(Samples.fresh(EVENT), STRICT));
    }

    @Test
    void refusesATrustedCertificateThatNoPartnerOwns() throws Exception {
        assertRefused("GW-030", () -> client("n00-tls", "intruder-signing").send(Samples.fresh(EVENT), STRICT));
    }

    @Test
    void refusesATlsCertificateOfAnotherPartnerThanTheSigner() throws Exception {
        assertRefused("GW-031", () -> client("c21-tls", "n00-signing").send(Samples.fresh(EVENT), STRICT));
    }

    @Test
    void refusesADisabledPartner() throws Exception {
        Document contact = Samples.fresh("0-9-14/valid/contact.xml");
        Samples.setParty(contact, "SenderIdentity", "C05");
        assertRefused("GW-032", () -> client(ExampleParty.C05).send(contact, STRICT));
    }

    private SpgResponse signedWith(String signingStore) throws Exception {
        return client("n00-tls", signingStore).send(Samples.fresh(EVENT), STRICT);
    }

    private SpgResponse sendEdited(UnaryOperator<Document> edit) throws Exception {
        Document signed = nps().sign(Samples.fresh(EVENT), STRICT);
        return nps().post(serialize(edit.apply(signed)), true);
    }

    private PartnerClient nps() {
        return client(ExampleParty.N00);
    }

    private static byte[] serialize(Document document) {
        return SecureXml.serialize(document);
    }

}
