package uk.gov.justice.ppg.routes.error;

/**
 * The stable error catalogue (docs/error-codes.md). A code never changes meaning once
 * published; the text is what a sender sees and is deliberately generic.
 */
public enum GatewayErrorCode {

    MESSAGE_TOO_LARGE("GW-001", Fault.SENDER, "The message is too large."),

    XML_DTD_FORBIDDEN("GW-002", Fault.SENDER, "The message is not acceptable XML."),

    XML_LIMIT_EXCEEDED("GW-003", Fault.SENDER, "The message is not acceptable XML."),

    XML_MALFORMED("GW-004", Fault.SENDER, "The message is not acceptable XML."),

    NOT_SOAP("GW-005", Fault.SENDER, "The message is not an acceptable SOAP envelope."),

    CLIENT_CERTIFICATE_MISSING("GW-006", Fault.SENDER, "The connection is not authenticated."),

    SIGNATURE_MISSING("GW-010", Fault.SENDER, "The message failed security checks."),

    TIMESTAMP_MISSING("GW-011", Fault.SENDER, "The message failed security checks."),

    TIMESTAMP_EXPIRED("GW-012", Fault.SENDER, "The message failed security checks."),

    TIMESTAMP_IN_FUTURE("GW-013", Fault.SENDER, "The message failed security checks."),

    ALGORITHM_REFUSED("GW-014", Fault.SENDER, "The message failed security checks."),

    CERTIFICATE_UNTRUSTED("GW-015", Fault.SENDER, "The message failed security checks."),

    CERTIFICATE_NOT_VALID_NOW("GW-016", Fault.SENDER, "The message failed security checks."),

    CERTIFICATE_REVOKED("GW-017", Fault.SENDER, "The message failed security checks."),

    CERTIFICATE_WEAK("GW-018", Fault.SENDER, "The message failed security checks."),

    SIGNATURE_INVALID("GW-019", Fault.SENDER, "The message failed security checks."),

    SIGNATURE_COVERAGE("GW-020", Fault.SENDER, "The message failed security checks."),

    REPLAY_DETECTED("GW-021", Fault.SENDER, "The message failed security checks."),

    UNKNOWN_SIGNER("GW-030", Fault.SENDER, "The sender is not authorised."),

    TLS_SIGNER_MISMATCH("GW-031", Fault.SENDER, "The sender is not authorised."),

    PARTNER_DISABLED("GW-032", Fault.SENDER, "The sender is not authorised."),

    SENDER_NOT_PERMITTED("GW-033", Fault.SENDER, "The sender is not authorised."),

    MESSAGE_TYPE_NOT_PERMITTED("GW-034", Fault.SENDER, "The message is not authorised."),

    RECEIVER_NOT_PERMITTED("GW-035", Fault.SENDER, "The message is not authorised."),

    WRONG_NAMESPACE("GW-040", Fault.SENDER, "The message is not a valid SPG interchange."),

    SCHEMA_VERSION_UNSUPPORTED("GW-041", Fault.SENDER, "The message is not a valid SPG interchange."),

    SCHEMA_VERSION_NOT_PINNED("GW-042", Fault.SENDER, "The message is not a valid SPG interchange."),

    SCHEMA_INVALID("GW-043", Fault.SENDER, "The message is not a valid SPG interchange."),

    ENVELOPE_INCONSISTENT("GW-044", Fault.SENDER, "The message is not a valid SPG interchange."),

    CASE_NOT_HELD("GW-050", Fault.SENDER, "The message cannot be routed."),

    MEDIATION_REFUSED("GW-051", Fault.SENDER, "The message cannot be delivered in the receiver's version."),

    STORAGE_UNAVAILABLE("GW-060", Fault.UNAVAILABLE, "The gateway cannot accept messages now; retry later."),

    AUDIT_UNAVAILABLE("GW-061", Fault.UNAVAILABLE, "The gateway cannot accept messages now; retry later."),

    DELIVERY_REFUSED("GW-070", Fault.RECEIVER, "The receiver refused the message."),

    DELIVERY_EXPIRED("GW-071", Fault.RECEIVER, "The message could not be delivered in time."),

    RECEIVER_REPLY_INVALID("GW-072", Fault.RECEIVER, "The receiver's reply was not acceptable."),

    RECEIVER_UNREACHABLE("GW-073", Fault.RECEIVER, "The receiver could not be reached."),

    DELIVERY_FAILED_REPEATEDLY("GW-074", Fault.RECEIVER,
            "The receiver failed this message repeatedly while accepting others."),

    INTERNAL_ERROR("GW-099", Fault.RECEIVER, "The gateway could not process the message; retry later.");

    private final String code;

    private final Fault fault;

    private final String text;

    GatewayErrorCode(String code, Fault fault, String text) {
        this.code = code;
        this.fault = fault;
        this.text = text;
    }

    /** The stable code, e.g. {@code GW-019}. */
    public String code() {
        return this.code;
    }

    /** Whose fault it is, in SOAP terms. */
    public Fault fault() {
        return this.fault;
    }

    /** The generic text a sender sees. */
    public String text() {
        return this.text;
    }

    /**
     * Whose fault, in SOAP terms: the sender's, the gateway's, or the gateway's for now
     * (retry later).
     */
    public enum Fault {

        SENDER, RECEIVER, UNAVAILABLE

    }

}
