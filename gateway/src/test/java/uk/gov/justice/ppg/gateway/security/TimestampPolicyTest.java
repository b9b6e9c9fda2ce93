package uk.gov.justice.ppg.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.ppg.gateway.support.Failures.codeOf;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.apache.wss4j.dom.WSConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.schemas.xml.SecureXml;

/**
 * The Timestamp window at its exact edges: TTL 300 s, future skew 60 s, against a fixed
 * clock.
 */
class TimestampPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final TimestampPolicy policy = new TimestampPolicy(Clock.fixed(NOW, ZoneOffset.UTC),
            Duration.ofSeconds(300), Duration.ofSeconds(60), Duration.ofSeconds(1000));

    @ParameterizedTest(name = "{0}: Created {1} s from now is accepted: {2}")
    @CsvSource({ "STRICT, -300, true", "STRICT, -301, false", "STRICT, 60, true", "STRICT, 61, false",
            "STRICT, 0, true", "STRICT, -900, false", "SPG_2018, -900, true", "SPG_2018, -1000, true",
            "SPG_2018, -1001, false", "SPG_2018, 61, false" })
    void acceptsCreatedTimesWithinTheProfilesWindowOnly(SignatureProfile profile, long offsetSeconds, boolean accepted)
            throws Exception {
        Element timestamp = timestamp(NOW.plusSeconds(offsetSeconds).toString(), null);
        if (accepted) {
            assertThat(this.policy.check(timestamp, profile)).isEqualTo(NOW.plusSeconds(offsetSeconds));
        }
        else {
            assertThat(codeOf(() -> this.policy.check(timestamp, profile))).isIn(GatewayErrorCode.TIMESTAMP_EXPIRED,
                    GatewayErrorCode.TIMESTAMP_IN_FUTURE);
        }
    }

    @Test
    void keepsTheStrictWindowForTheStrictProfile() {
        assertThat(this.policy.acceptanceWindow(SignatureProfile.STRICT)).isEqualTo(Duration.ofSeconds(360));
        assertThat(this.policy.acceptanceWindow(SignatureProfile.SPG_2018)).isEqualTo(Duration.ofSeconds(1060));
    }

    @Test
    void refusesAnExpiresThatHasPassed() {
        Element timestamp = timestamp(NOW.minusSeconds(10).toString(), NOW.toString());
        assertThat(codeOf(() -> this.policy.check(timestamp))).isEqualTo(GatewayErrorCode.TIMESTAMP_EXPIRED);
    }

    @Test
    void refusesAMissingOrUnparseableCreated() {
        assertThat(codeOf(() -> this.policy.check(timestamp(null, NOW.plusSeconds(60).toString()))))
            .isEqualTo(GatewayErrorCode.TIMESTAMP_MISSING);
        assertThat(codeOf(() -> this.policy.check(timestamp("yesterday", null))))
            .isEqualTo(GatewayErrorCode.TIMESTAMP_MISSING);
    }

    @Test
    void acceptsOffsetsOtherThanZ() throws Exception {
        assertThat(this.policy.check(timestamp("2026-11-23T11:00:00+01:00", null))).isEqualTo(NOW);
    }

    private static Element timestamp(String created, String expires) {
        Document document = SecureXml.newDocument();
        Element timestamp = document.createElementNS(WSConstants.WSU_NS, "wsu:Timestamp");
        document.appendChild(timestamp);
        if (created != null) {
            timestamp.appendChild(document.createElementNS(WSConstants.WSU_NS, "wsu:Created")).setTextContent(created);
        }
        if (expires != null) {
            timestamp.appendChild(document.createElementNS(WSConstants.WSU_NS, "wsu:Expires")).setTextContent(expires);
        }
        return timestamp;
    }

}
