package uk.gov.justice.ppg.gateway.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.justice.ppg.schemas.envelope.InterchangeView;

/** The {@code interchange} table: accepted and gateway-issued interchanges. */
public class InterchangeStore {

    private static final String INSERT = "INSERT INTO interchange (id, origin, sender, sender_control_ref, receiver, "
            + "receiver_control_ref, schema_version, body_type, message_count, crn, payload, payload_sha256, "
            + "signer_subject, tls_subject, signature_profile, received_at, reply_code) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '200')";

    private final JdbcTemplate jdbc;

    public InterchangeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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

    /** Stores an interchange accepted from a partner. */
    public void insert(StoredInterchange interchange) {
        insert(interchange.id(), Origin.PARTNER, interchange.view(), interchange.schemaVersion(), interchange.payload(),
                interchange.payloadSha256(), interchange.signer().subject(), interchange.tlsSubject(),
                interchange.signer().signatureProfile(), interchange.receivedAt());
    }

    /**
     * Stores an interchange the gateway itself issued (a status notification), signed
     * with its own key.
     */
    public void insertIssued(String id, InterchangeView view, String schemaVersion, byte[] payload, String digest,
            Instant at) {
        insert(id, Origin.GATEWAY, view, schemaVersion, payload, digest, null, null, "strict", at);
    }

    private void insert(String id, Origin origin, InterchangeView view, String schemaVersion, byte[] payload,
            String digest, String signer, String tls, String profile, Instant at) {
        this.jdbc.update(INSERT, id, origin.name(), view.sender(), view.senderControlReference(), view.receiver(),
                view.header().receiverControlReference().orElse(null), schemaVersion, view.primaryBody().localName(),
                view.messages().size(), view.crn().orElse(null), payload, digest, signer, tls, profile,
                Timestamp.from(at));
    }

    /**
     * Undoes an accept whose queue commit failed after the database commit; its
     * deliveries must be deleted first ({@link DeliveryStore#deleteFor}).
     */
    public void delete(String interchangeId) {
        this.jdbc.update("DELETE FROM interchange WHERE id = ?", interchangeId);
    }

}
