package uk.gov.justice.ppg.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import uk.gov.justice.ppg.gateway.support.TestOcsp;
import uk.gov.justice.ppg.routes.error.GatewayException;

/**
 * Revocation by OCSP against a real (test) responder over HTTP, for certificates that
 * name it: good is accepted, revoked is refused, and with the responder down a good
 * answer is relied on for the cache window and not a moment longer (fail closed).
 */
class OcspTest {

    private static final TestOcsp RESPONDER = TestOcsp.start();

    private static final Duration WINDOW = Duration.ofHours(1);

    private final MovableClock clock = new MovableClock(Instant.now());

    private final CertificatePolicy policy = policy();

    @AfterAll
    static void stopResponder() {
        RESPONDER.close();
    }

    @Test
    void aCertificateItsResponderCallsGoodIsAccepted() throws Exception {
        X509Certificate good = RESPONDER.issue("good.ocsp.example");
        assertThat(OcspClient.responder(good))
            .hasValueSatisfying((uri) -> assertThat(uri).hasToString(RESPONDER.url()));
        assertThatCode(() -> this.policy.check(good)).doesNotThrowAnyException();
    }

    @Test
    void aCertificateItsResponderCallsRevokedIsRefusedThoughTheCrlsAreClean() throws Exception {
        X509Certificate revoked = RESPONDER.issue("revoked.ocsp.example");
        RESPONDER.revoke(revoked);
        assertThat(codeOf(revoked)).isEqualTo("GW-017");
    }

    @Test
    void withTheResponderDownAGoodAnswerLastsTheCacheWindowThenTheCertificateIsRefused() throws Exception {
        X509Certificate certificate = RESPONDER.issue("cached.ocsp.example");
        this.policy.check(certificate);
        RESPONDER.down(true);
        try {
            this.clock.move(WINDOW.minusMinutes(10));
            assertThatCode(() -> this.policy.check(certificate)).as("inside the window").doesNotThrowAnyException();
            this.clock.move(Duration.ofMinutes(11));
            assertThat(codeOf(certificate)).as("past the window, no fresh answer").isEqualTo("GW-017");
            assertThat(codeOf(RESPONDER.issue("never-asked.ocsp.example"))).as("nothing cached").isEqualTo("GW-017");
        }
        finally {
            RESPONDER.down(false);
        }
        assertThatCode(() -> this.policy.check(certificate)).as("the responder back").doesNotThrowAnyException();
    }

    private String codeOf(X509Certificate certificate) {
        try {
            this.policy.check(certificate);
            return "accepted";
        }
        catch (GatewayException ex) {
            return ex.code().code();
        }
    }

    private CertificatePolicy policy() {
        try {
            TrustMaterial trust = new TrustMaterial(List.of(RESPONDER.root()), List.of(RESPONDER.issuing()),
                    RESPONDER.crls());
            return new CertificatePolicy(trust, this.clock, new OcspClient(this.clock, WINDOW, Duration.ofSeconds(2)));
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {

        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void move(Duration by) {
            this.now.updateAndGet((instant) -> instant.plus(by));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return this.now.get();
        }

    }

}
