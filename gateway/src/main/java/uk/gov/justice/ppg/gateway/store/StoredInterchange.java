package uk.gov.justice.ppg.gateway.store;

import java.time.Instant;

import uk.gov.justice.ppg.routes.inbound.InboundContext;
import uk.gov.justice.ppg.routes.inbound.VerifiedSigner;
import uk.gov.justice.ppg.schemas.envelope.InterchangeView;

/**
 * An accepted interchange as stored: identifiers, canonical payload and its hash, and who
 * proved what.
 *
 * @param id the gateway's interchange id
 * @param view the validated envelope
 * @param schemaVersion the version it arrived in
 * @param payload exclusive-canonical {@code SPGInterchange}
 * @param payloadSha256 hash of {@code payload}
 * @param signer the verified signer
 * @param tlsSubject subject of the TLS client certificate
 * @param receivedAt when the gateway received it
 */
public record StoredInterchange(String id, InterchangeView view, String schemaVersion, byte[] payload,
        String payloadSha256, VerifiedSigner signer, String tlsSubject, Instant receivedAt) {

    public static StoredInterchange of(String id, InboundContext context, byte[] payload, String digest) {
        return new StoredInterchange(id, context.interchange().orElseThrow(), context.schemaVersion().wireName(),
                payload, digest, context.signer().orElseThrow(), context.tlsSubject().orElseThrow(),
                context.receivedAt());
    }

}
