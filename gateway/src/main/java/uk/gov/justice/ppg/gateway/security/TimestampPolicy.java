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
 * A WS-Security Timestamp is acceptable when its {@code Created} is at most {@code ttl}
 * old and at most {@code futureSkew} ahead of the gateway's clock, and its
 * {@code Expires}, if present, has not passed.
 */
final class TimestampPolicy {

    private final Clock clock;

    private final Duration ttl;

    private final Duration futureSkew;

    TimestampPolicy(Clock clock, Duration ttl, Duration futureSkew) {
        this.clock = clock;
        this.ttl = ttl;
        this.futureSkew = futureSkew;
    }

    /** Checks the Timestamp and returns its {@code Created} instant. */
    public Instant check(Element timestamp) throws GatewayException {
        Instant created = instant(timestamp, WSConstants.CREATED_LN).orElseThrow(
                () -> new GatewayException(GatewayErrorCode.TIMESTAMP_MISSING, "Timestamp has no usable Created"));
        Optional<Instant> expires = instant(timestamp, WSConstants.EXPIRES_LN);
        Instant now = this.clock.instant();
        if (created.isAfter(now.plus(this.futureSkew))) {
            throw new GatewayException(GatewayErrorCode.TIMESTAMP_IN_FUTURE,
                    "Created is more than " + this.futureSkew.toSeconds() + "s ahead");
        }
        if (created.isBefore(now.minus(this.ttl))) {
            throw new GatewayException(GatewayErrorCode.TIMESTAMP_EXPIRED,
                    "Created is more than " + this.ttl.toSeconds() + "s old");
        }
        if (expires.isPresent() && !expires.get().isAfter(now)) {
            throw new GatewayException(GatewayErrorCode.TIMESTAMP_EXPIRED, "Expires has passed");
        }
        return created;
    }

    /**
     * How long after {@code Created} a signature stays acceptable: the replay cache keeps
     * it that long.
     */
    public Duration acceptanceWindow() {
        return this.ttl.plus(this.futureSkew);
    }

    public Duration ttl() {
        return this.ttl;
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
