package uk.gov.justice.ppg.audit;

import java.util.List;

/**
 * The fields of an audit record, in the order the canonical encoding takes them. Never
 * reorder; only append.
 */
public final class AuditFields {

    public static final List<String> ORDER = List.of("record_id", "recorded_at", "event", "outcome", "reason_code",
            "reason_detail", "message_id", "interchange_id", "delivery_id", "sender", "receiver", "certificate_subject",
            "message_type", "crn", "sender_control_ref", "receiver_control_ref", "payload_sha256", "signature_profile",
            "purpose", "node_id");

    private AuditFields() {
    }

}
