package uk.gov.justice.ppg.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.apache.wss4j.dom.WSConstants;
import org.w3c.dom.Element;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;
import uk.gov.justice.ppg.schemas.xml.Dom;

/**
 * A WS-Security Timestamp is acceptable when its {@code Created} is at most the profile's
 * time to live old ({@code ttl} under {@code strict}, {@code legacyTtl} under the weak
 * {@code spg-2018} profile, whose signer gives its Timestamps 1000 s) and at most
 * {@code futureSkew} ahead of the gateway's clock, and its {@code Expires}, if present,
 * has not passed.
 */
final class TimestampPolicy {

    private final Clock clock;

    private final Duration ttl;

    private final Duration futureSkew;

    private final Duration legacyTtl;

    TimestampPolicy(Clock clock, Duration ttl, Duration futureSkew, Duration legacyTtl) {
        this.clock = clock;
        this.ttl = ttl;
        this.futureSkew = futureSkew;
        this.legacyTtl = legacyTtl;
    }

    /** Checks a Timestamp under the strict profile's time to live. */
    public Instant check(Element timestamp) throws GatewayException {
        return check(timestamp, SignatureProfile.STRICT);
    }

    /**
     * Checks the Timestamp under {@code profile} and returns its {@code Created} instant.
     */
    public Instant check(Element timestamp, SignatureProfile profile) throws GatewayException {
        Duration ttl = ttl(profile);
        Instant created = instant(timestamp, WSConstants.CREATED_LN).orElseThrow(
                () -> new GatewayException(GatewayErrorCode.TIMESTAMP_MISSING, "Timestamp has no usable Created"));
        Optional<Instant> expires = instant(timestamp, WSConstants.EXPIRES_LN);
        Instant now = this.clock.instant();
        if (created.isAfter(now.plus(this.futureSkew))) {
            throw new GatewayException(GatewayErrorCode.TIMESTAMP_IN_FUTURE,
                    "Created is more than " + this.futureSkew.toSeconds() + "s ahead");
        }
        if (created.isBefore(now.minus(ttl))) {
            throw new GatewayException(GatewayErrorCode.TIMESTAMP_EXPIRED,
                    "Created is more than " + ttl.toSeconds() + "s old");
        }
        if (expires.isPresent() && !expires.get().isAfter(now)) {
            throw new GatewayException(GatewayErrorCode.TIMESTAMP_EXPIRED, "Expires has passed");
        }
        return created;
    }

    /**
     * How long after {@code Created} a signature stays acceptable under {@code profile}.
     */
    public Duration acceptanceWindow(SignatureProfile profile) {
        return ttl(profile).plus(this.futureSkew);
    }

    public Duration ttl(SignatureProfile profile) {
        return profile.weak() ? this.legacyTtl : this.ttl;
    }

    public Duration futureSkew() {
        return this.futureSkew;
    }

    private static Optional<Instant> instant(Element timestamp, String name) throws GatewayException {
        Optional<String> text = Dom.childText(timestamp, WSConstants.WSU_NS, name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.get()).toInstant());
        }
        catch (DateTimeParseException ex) {
            throw new GatewayException(GatewayErrorCode.TIMESTAMP_MISSING,
                    "Timestamp " + name + " is not an xsd:dateTime with offset");
        }
    }

}
