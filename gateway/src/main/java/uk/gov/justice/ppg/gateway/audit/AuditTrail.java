package uk.gov.justice.ppg.gateway.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.justice.ppg.audit.AuditFields;
import uk.gov.justice.ppg.gateway.ids.TimeOrderedIds;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;

/**
 * Appends audit records. Called inside the business transaction it belongs to, so a
 * record commits exactly when what it describes commits; when the audit store fails, the
 * caller's work fails with it (fail closed).
 */
public class AuditTrail {

    private static final String INSERT = "INSERT INTO audit_record (record_id, recorded_at, event, outcome, "
            + "reason_code, reason_detail, message_id, interchange_id, delivery_id, sender, receiver, "
            + "certificate_subject, message_type, crn, sender_control_ref, receiver_control_ref, payload_sha256, "
            + "signature_profile, purpose, node_id, record_format, tls_subject, partner_id, claimed, weak_signature, "
            + "actor_subject, actor_client) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?)";

    private final JdbcTemplate jdbc;

    private final Clock clock;

    private final String nodeId;

    private volatile Consumer<AuditRecord> committed = (record) -> {
    };

    public AuditTrail(JdbcTemplate jdbc, Clock clock, String nodeId) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.nodeId = nodeId;
    }

    /**
     * Who hears of each record once it has committed (the metrics): a record whose
     * transaction rolls back is never heard of.
     */
    public void onCommitted(Consumer<AuditRecord> listener) {
        this.committed = listener;
    }

    /** Appends one record; returns it as stored. */
    public AuditRecord append(AuditRecord.Builder builder) throws GatewayException {
        AuditRecord record = builder.build(TimeOrderedIds.next(), this.clock.instant().truncatedTo(ChronoUnit.MICROS));
        try {
            this.jdbc.update(INSERT, record.recordId(), Timestamp.from(record.recordedAt()), record.event().name(),
                    record.outcome().name(), record.reasonCode(), record.reasonDetail(), record.messageId(),
                    record.interchangeId(), record.deliveryId(), record.sender(), record.receiver(),
                    record.certificateSubject(), record.messageType(), record.crn(), record.senderControlRef(),
                    record.receiverControlRef(), record.payloadSha256(), record.signatureProfile(),
                    record.purpose().name(), this.nodeId, AuditFields.CURRENT, record.tlsSubject(), record.partnerId(),
                    record.claimed() ? "Y" : null, flag(record.weakSignature()), record.actorSubject(),
                    record.actorClient());
        }
        catch (DataAccessException ex) {
            throw new GatewayException(GatewayErrorCode.AUDIT_UNAVAILABLE, "audit record not committed", ex);
        }
        Consumer<AuditRecord> listener = this.committed;
        AfterCommit.run(() -> listener.accept(record));
        return record;
    }

    private static String flag(Boolean value) {
        if (value == null) {
            return null;
        }
        return value ? "Y" : "N";
    }

}
