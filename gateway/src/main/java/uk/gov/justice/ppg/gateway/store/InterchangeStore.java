package uk.gov.justice.ppg.gateway.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.support.SqlBinaryValue;

import uk.gov.justice.ppg.schemas.envelope.InterchangeView;

/** The {@code interchange} table: accepted and gateway-issued interchanges. */
public class InterchangeStore {

    private static final String INSERT = "INSERT INTO interchange (id, origin, sender, sender_control_ref, receiver, "
            + "receiver_control_ref, schema_version, body_type, message_count, crn, payload, payload_sha256, "
            + "signer_subject, tls_subject, signature_profile, received_at, reply_code, payload_key_id) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '200', ?)";

    private static final byte[] PURGED = new byte[0];

    private final JdbcTemplate jdbc;

    private final PayloadCipher cipher;

    public InterchangeStore(JdbcTemplate jdbc, PayloadCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /**
     * The payload hash of the partner interchange accepted with this sender and control
     * reference, if one was: what deduplication compares.
     */
    public Optional<String> acceptedPayloadSha256(String sender, String senderControlReference) {
        List<String> digests = this.jdbc.queryForList(
                "SELECT payload_sha256 FROM interchange WHERE origin = ? AND sender = ? AND sender_control_ref = ?",
                String.class, Origin.PARTNER.name(), sender, senderControlReference);
        return digests.stream().findFirst();
    }

    /**
     * The id of the interchange a partner or an agency sent with this control reference
     * (the one an ISN acknowledges), if there is one.
     */
    public Optional<String> sentId(String sender, String senderControlReference) {
        return this.jdbc
            .queryForList("SELECT id FROM interchange WHERE origin <> ? AND sender = ? AND sender_control_ref = ?",
                    String.class, Origin.GATEWAY.name(), sender, senderControlReference)
            .stream()
            .findFirst();
    }

    /**
     * Seals the payload of the interchange to be stored under {@code id} as
     * {@code writer} writes it, in a buffer of {@code expectedBytes} to begin with.
     */
    public SealedPayload seal(String id, int expectedBytes, SealedPayload.Writer writer) {
        return this.cipher.seal(id, expectedBytes, writer);
    }

    /** Stores an interchange accepted from a partner or an agency. */
    public void insert(StoredInterchange interchange) {
        boolean signed = interchange.signer() != null;
        SealedPayload payload = interchange.payload();
        insert(interchange.id(), interchange.origin(), interchange.view(), interchange.schemaVersion(),
                new SqlBinaryValue(payload.stream(), payload.length()), payload.keyId(), interchange.payloadSha256(),
                signed ? interchange.signer().subject() : null, interchange.tlsSubject(),
                signed ? interchange.signer().signatureProfile() : StoredInterchange.TOKEN_PROFILE,
                interchange.receivedAt());
    }

    /**
     * Stores an interchange the gateway itself issued (a status notification), signed
     * with its own key.
     */
    public void insertIssued(String id, InterchangeView view, String schemaVersion, byte[] payload, String digest,
            Instant at) {
        insert(id, Origin.GATEWAY, view, schemaVersion, new SqlBinaryValue(this.cipher.seal(id, payload)),
                this.cipher.currentKeyId(), digest, null, null, "strict", at);
    }

    /**
     * The sealed payload goes as a stream, so H2 writes it straight into its large-object
     * store rather than keeping a copy in the cached statement's parameters.
     */
    private void insert(String id, Origin origin, InterchangeView view, String schemaVersion, SqlBinaryValue sealed,
            String keyId, String digest, String signer, String tls, String profile, Instant at) {
        this.jdbc.update(INSERT, id, origin.name(), view.sender(), view.senderControlReference(), view.receiver(),
                view.header().receiverControlReference().orElse(null), schemaVersion, view.primaryBody().localName(),
                view.messages().size(), view.crn().orElse(null), sealed, digest, signer, tls, profile,
                Timestamp.from(at), keyId);
    }

    /**
     * Whether the interchange's payload was purged after its retention (only its hash
     * kept).
     */
    public boolean purged(String interchangeId) {
        Integer count = this.jdbc.queryForObject(
                "SELECT COUNT(*) FROM interchange WHERE id = ? AND payload_purged_at IS NOT NULL", Integer.class,
                interchangeId);
        return count != null && count > 0;
    }

    /**
     * Interchanges received before {@code before} whose payload is still stored and none
     * of whose deliveries is pending or in an inbox, oldest first: what retention may
     * purge.
     */
    public List<Purgeable> purgeable(Instant before, int limit) {
        return this.jdbc.query("SELECT i.id, i.sender, i.sender_control_ref, i.receiver, i.body_type, i.crn, "
                + "i.payload_sha256 FROM interchange i WHERE i.received_at < ? AND i.payload_purged_at IS NULL "
                + "AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.interchange_id = i.id AND d.state IN ('PENDING', 'IN_INBOX')) "
                + "ORDER BY i.received_at FETCH FIRST " + limit + " ROWS ONLY",
                (rs, row) -> new Purgeable(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)),
                Timestamp.from(before));
    }

    /**
     * Removes a payload, keeping its hash; false if another node purged it first. In the
     * caller's transaction, with its audit record.
     */
    public boolean purge(String interchangeId, Instant at) {
        return this.jdbc.update("UPDATE interchange SET payload = ?, payload_key_id = NULL, payload_purged_at = ? "
                + "WHERE id = ? AND payload_purged_at IS NULL", PURGED, Timestamp.from(at), interchangeId) == 1;
    }

    /**
     * An interchange whose payload retention may purge, with what its audit record names.
     *
     * @param id interchange id
     * @param sender sender party
     * @param senderControlReference the sender's control reference
     * @param receiver addressed receiver
     * @param bodyType primary body
     * @param crn the case, or null
     * @param payloadSha256 the hash that stays
     */
    public record Purgeable(String id, String sender, String senderControlReference, String receiver, String bodyType,
            String crn, String payloadSha256) {
    }

}
