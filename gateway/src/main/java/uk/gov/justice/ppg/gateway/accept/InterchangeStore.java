package uk.gov.justice.ppg.gateway.accept;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.justice.ppg.schemas.envelope.InterchangeView;

/** Interchanges and their deliveries in the database. */
public class InterchangeStore {

    private final JdbcTemplate jdbc;

    public InterchangeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The reply code given to the interchange with this sender and control reference, if
     * one was accepted.
     */
    public Optional<String> replyFor(String sender, String senderControlReference) {
        List<String> codes = this.jdbc.queryForList(
                "SELECT reply_code FROM interchange WHERE sender = ? AND sender_control_ref = ?", String.class, sender,
                senderControlReference);
        return codes.stream().findFirst();
    }

    public void insert(StoredInterchange interchange) {
        InterchangeView view = interchange.view();
        this.jdbc.update(
                "INSERT INTO interchange (id, sender, sender_control_ref, receiver, receiver_control_ref, "
                        + "schema_version, body_type, message_count, crn, payload, payload_sha256, signer_subject, "
                        + "tls_subject, signature_profile, received_at, reply_code) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '200')",
                interchange.id(), view.sender(), view.senderControlReference(), view.receiver(),
                view.header().receiverControlReference().orElse(null), interchange.schemaVersion(),
                view.primaryBody().localName(), view.messages().size(), view.crn().orElse(null), interchange.payload(),
                interchange.payloadSha256(), interchange.signer().subject(), interchange.tlsSubject(),
                interchange.signer().signatureProfile(), Timestamp.from(interchange.receivedAt()));
    }

    public void insertDelivery(QueuedDelivery delivery, Instant createdAt, Instant expiresAt) {
        this.jdbc.update(
                "INSERT INTO delivery (id, interchange_id, receiver, partner_id, schema_version, crn, reason, "
                        + "state, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)",
                delivery.id(), delivery.interchangeId(), delivery.planned().receiver(), delivery.planned().partnerId(),
                delivery.planned().schemaVersion().wireName(), delivery.crn(), delivery.planned().reason().name(),
                Timestamp.from(createdAt), Timestamp.from(expiresAt));
    }

    /** Undoes an accept whose queue commit failed after the database commit. */
    public void delete(String interchangeId) {
        this.jdbc.update("DELETE FROM delivery WHERE interchange_id = ?", interchangeId);
        this.jdbc.update("DELETE FROM interchange WHERE id = ?", interchangeId);
    }

}
