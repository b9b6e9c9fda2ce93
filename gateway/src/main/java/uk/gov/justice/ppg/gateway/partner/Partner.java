package uk.gov.justice.ppg.gateway.partner;

import java.net.URI;
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
 */
public record Partner(String id, String organisation, Set<String> partyCodes, X500Principal tlsSubject,
        X500Principal signingSubject, SchemaVersion schemaVersion, SignatureProfile signatureProfile, boolean enabled,
        Optional<URI> endpoint, Map<MessageBody, Set<String>> permits, boolean acceptsTest, Channel channel) {

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
