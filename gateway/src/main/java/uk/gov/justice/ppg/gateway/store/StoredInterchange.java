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
 * @param origin a partner's signed SOAP, or an agency's JSON
 * @param view the validated envelope
 * @param schemaVersion the version it arrived in
 * @param payload exclusive-canonical {@code SPGInterchange}, sealed as it was written
 * @param payloadSha256 hash of the plain payload
 * @param signer the verified signer of a partner's interchange; null for an agency's
 * @param tlsSubject subject of the TLS client certificate
 * @param receivedAt when the gateway received it
 * @param token for an agency's interchange, the bound token it came with (its client and
 * jti, as audit detail); null for a partner's
 */
public record StoredInterchange(String id, Origin origin, InterchangeView view, String schemaVersion,
        SealedPayload payload, String payloadSha256, VerifiedSigner signer, String tlsSubject, Instant receivedAt,
        String token) {

    /** The signature profile stored for an agency's interchange: its bound token. */
    public static final String TOKEN_PROFILE = "bound-token";

    public static StoredInterchange of(String id, InboundContext context, SealedPayload payload) {
        return new StoredInterchange(id, Origin.PARTNER, context.interchange().orElseThrow(),
                context.schemaVersion().wireName(), payload, payload.sha256(), context.signer().orElseThrow(),
                context.tlsSubject().orElseThrow(), context.receivedAt(), null);
    }

    /** An interchange the gateway wrote from an agency's JSON. */
    public static StoredInterchange fromAgency(String id, InterchangeView view, String schemaVersion,
            SealedPayload payload, String tlsSubject, Instant receivedAt, String token) {
        return new StoredInterchange(id, Origin.AGENCY, view, schemaVersion, payload, payload.sha256(), null,
                tlsSubject, receivedAt, token);
    }

}
