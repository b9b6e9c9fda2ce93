package uk.gov.justice.ppg.gateway.partner;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.security.auth.x500.X500Principal;

import uk.gov.justice.ppg.gateway.security.SignatureProfile;
import uk.gov.justice.ppg.schemas.MessageBody;
import uk.gov.justice.ppg.schemas.SchemaVersion;

/**
 * One organisation connected to the gateway.
 *
 * @param id stable directory key, also the name of its delivery queue
 * @param organisation human-readable name
 * @param partyCodes the SPG party codes it sends and receives as (e.g. C16 and C17 for
 * one CRC)
 * @param tlsSubject subject of its TLS client certificate
 * @param signingSubject subject of its message-signing certificate
 * @param schemaVersion the schema version it sends and receives
 * @param signatureProfile the WS-Security profile its signatures must meet
 * @param enabled whether it may send at all
 * @param endpoint where the gateway delivers to it, if it receives
 * @param permits for each body it may send, the party codes it may send it to
 * @param acceptsTest whether it receives test interchanges (TestIndicator Y): a test
 * endpoint
 * @param channel how the gateway delivers to it
 * @param rotation certificate subjects it used before a rotation, still accepted until
 * the overlap ends
 */
public record Partner(String id, String organisation, Set<String> partyCodes, X500Principal tlsSubject,
        X500Principal signingSubject, SchemaVersion schemaVersion, SignatureProfile signatureProfile, boolean enabled,
        Optional<URI> endpoint, Map<MessageBody, Set<String>> permits, boolean acceptsTest, Channel channel,
        Optional<Rotation> rotation) {

    /**
     * A certificate rotation's overlap: the subjects the partner used before, accepted
     * beside the current ones until {@code until}, and refused from then on.
     *
     * @param tlsSubject the previous TLS subject, if the TLS certificate was renamed
     * @param signingSubject the previous signing subject, if the signing certificate was
     * renamed
     * @param until the end of the overlap
     */
    public record Rotation(Optional<X500Principal> tlsSubject, Optional<X500Principal> signingSubject, Instant until) {
    }

    /** Whether a TLS certificate with this subject is the partner's at {@code now}. */
    public boolean knownByTls(X500Principal subject, Instant now) {
        return this.tlsSubject.equals(subject) || this.rotation
            .filter((previous) -> now.isBefore(previous.until()) && previous.tlsSubject().equals(Optional.of(subject)))
            .isPresent();
    }

    /**
     * Whether a signing certificate with this subject is the partner's at {@code now}.
     */
    public boolean knownBySigning(X500Principal subject, Instant now) {
        return this.signingSubject.equals(subject) || this.rotation.filter(
                (previous) -> now.isBefore(previous.until()) && previous.signingSubject().equals(Optional.of(subject)))
            .isPresent();
    }

    /** Whether the gateway delivers to it: it has an endpoint, or an inbox. */
    public boolean receives() {
        return this.endpoint.isPresent() || this.channel == Channel.INBOX;
    }

    public boolean sendsAs(String partyCode) {
        return this.partyCodes.contains(partyCode);
    }

    public boolean maySend(MessageBody body) {
        return this.permits.containsKey(body);
    }

    public boolean maySend(MessageBody body, String receiver) {
        return this.permits.getOrDefault(body, Set.of()).contains(receiver);
    }

}
