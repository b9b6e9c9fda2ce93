package uk.gov.justice.ppg.audit;

import java.util.List;
import java.util.stream.Stream;

/**
 * The fields of an audit record, per record format, in the order the canonical encoding
 * takes them. A format never changes; a new one appends fields and gets its own number.
 * Format 1 is what the gateway wrote before it recorded TLS and signing subjects apart;
 * format 2 adds the TLS subject, the partner, whether the parties and references were
 * only claimed (read from a message that had not passed validation), and the
 * weak-signature flag. Format 3 adds the person or script that acted: the token's subject
 * and client, for what the admin API and console did.
 */
public final class AuditFields {

    /** The newest record format, the one the gateway writes. */
    public static final int CURRENT = 3;

    /** Format 1's fields. */
    public static final List<String> V1 = List.of("record_id", "recorded_at", "event", "outcome", "reason_code",
            "reason_detail", "message_id", "interchange_id", "delivery_id", "sender", "receiver", "certificate_subject",
            "message_type", "crn", "sender_control_ref", "receiver_control_ref", "payload_sha256", "signature_profile",
            "purpose", "node_id");

    /** Format 2's fields: format 1's, then four more. */
    public static final List<String> V2 = Stream
        .concat(V1.stream(), Stream.of("tls_subject", "partner_id", "claimed", "weak_signature"))
        .toList();

    /** Format 3's fields: format 2's, then the actor's subject and client. */
    public static final List<String> V3 = Stream.concat(V2.stream(), Stream.of("actor_subject", "actor_client"))
        .toList();

    /** The newest format's fields: every column of an audit record. */
    public static final List<String> ORDER = V3;

    private AuditFields() {
    }

    /** The fields of a record format. */
    public static List<String> of(int format) {
        return switch (format) {
            case 1 -> V1;
            case 2 -> V2;
            case 3 -> V3;
            default -> throw new IllegalArgumentException("unknown audit record format " + format);
        };
    }

    public static boolean known(int format) {
        return format >= 1 && format <= 3;
    }

}
