package uk.gov.justice.ppg.gateway.audit;

/** Stable audit event names, catalogued with their fields in docs/audit-events.md. */
public enum AuditEvent {

    /** An interchange was verified, validated, authorised and durably stored. */
    INTERCHANGE_ACCEPTED,

    /** An inbound request was refused; the reason code says why. */
    INTERCHANGE_REJECTED,

    /**
     * An interchange repeated a control reference already accepted; the original reply
     * was returned.
     */
    INTERCHANGE_DUPLICATE,

    /**
     * Storage failed after the accept committed in part; the partial accept was undone.
     */
    ACCEPT_ROLLED_BACK,

    /** A delivery of an accepted interchange to one receiver was planned and queued. */
    DELIVERY_ROUTED

}
