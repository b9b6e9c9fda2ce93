package uk.gov.justice.ppg.gateway.audit;

/** Stable audit event names, catalogued with their fields in docs/audit-events.md. */
public enum AuditEvent {

    /** An interchange was verified, validated, authorised and durably stored. */
    INTERCHANGE_ACCEPTED,

    /** An inbound request was refused; the reason code says why. */
    INTERCHANGE_REJECTED,

    /**
     * A request to the agency channel ({@code /api/v1/}) was refused: its token, its
     * scope, its caller, or what it asked for.
     */
    API_REQUEST_REFUSED,

    /**
     * An interchange repeated a control reference already accepted; the original reply
     * was returned.
     */
    INTERCHANGE_DUPLICATE,

    /** A delivery of an accepted interchange to one receiver was planned and queued. */
    DELIVERY_ROUTED,

    /**
     * A delivery will be rendered in the receiver's older schema version without the
     * elements named.
     */
    VERSION_MEDIATED,

    /** An allocation or accepted transfer changed who is responsible for a case. */
    CASE_RESPONSIBILITY_CHANGED,

    /**
     * The case register was seeded in bulk from nDelius: the file's hash and what it did
     * (added, updated, kept).
     */
    CASE_REGISTER_IMPORTED,

    /**
     * An attempt to deliver failed in a way worth retrying (receiver unreachable, 5xx,
     * bad reply).
     */
    DELIVERY_ATTEMPT_FAILED,

    /**
     * The delivery entered the inbox of an agency on the inbox channel: the agency can
     * now read it; it is delivered when the agency acknowledges it.
     */
    INBOX_ENTERED,

    /**
     * A check ledger entry changed (docs/check-ledger.md): its reason code is the new
     * state, its detail the cause and the RequestID; the interchange is the one that
     * caused it, if one did.
     */
    CHECK_LEDGER_CHANGED,

    /**
     * The gateway issued a CheckLedgerNotification (an overdue reminder or notice, or a
     * responsible-organisation change), or withheld one from a receiver that cannot take
     * it (outcome REJECTED, GW-051).
     */
    CHECK_NOTICE_ISSUED,

    /**
     * A query of the check ledger: who asked about which case or organisation, and
     * whether it was answered (CONSULTED) or refused (DISCLOSURE_REFUSED, GW-096).
     */
    CHECK_LEDGER_QUERIED,

    /**
     * An agency listed an item of its inbox for the first time: it has the item's data
     * from now (the disclosure); its acknowledgement delivers it.
     */
    INBOX_READ,

    /**
     * The receiver acknowledged the delivery with SPGInterchangeResponse 200 (an agency:
     * acknowledged its inbox item, or answered its JSON endpoint's post naming it): the
     * disclosure took place.
     */
    DELIVERED,

    /**
     * The delivery was refused by the receiver or expired; it will not be tried again.
     */
    DEAD_LETTERED,

    /**
     * A payload was removed after its retention; its hash and every audit record stay.
     */
    PAYLOAD_PURGED,

    /**
     * The recovery sweep found a pending delivery that no queue held (its message was
     * lost between a database commit and a broker commit) and queued it again.
     */
    DELIVERY_RECOVERED,

    /**
     * The gateway issued an InterchangeStatusNotification to the sender of an
     * interchange.
     */
    STATUS_NOTIFICATION_ISSUED,

    /**
     * A partner's own InterchangeStatusNotification was matched to the delivery it
     * acknowledges.
     */
    STATUS_NOTIFICATION_MATCHED,

    /** A partner's InterchangeStatusNotification answers no delivery the gateway made. */
    STATUS_NOTIFICATION_UNMATCHED,

    /**
     * An operator replayed a dead letter: a new delivery of the interchange to the same
     * receiver (the record's delivery id), at the end of its case's queue.
     */
    DELIVERY_REPLAYED,

    /** An operator switched a partner's deliveries off or on. */
    KILL_SWITCH_CHANGED,

    /**
     * The partner directory was loaded at start: a configuration change.
     */
    PARTNER_DIRECTORY_LOADED,

    /**
     * Someone changed the partner directory through the admin API: the new version's
     * hash, the one before, what changed, who and why.
     */
    PARTNER_DIRECTORY_CHANGED,

    /** Someone exported part of the audit log. */
    AUDIT_EXPORTED,

    /**
     * A range of the log was written to a signed archive file, chained to the one before.
     */
    AUDIT_ARCHIVED,

    /** Someone searched the audit log. */
    AUDIT_SEARCHED,

    /**
     * A person or script read something through the admin API: the path, the names of its
     * parameters and the actor (values other than a CRN are not recorded).
     */
    ADMIN_API_CALLED,

    /**
     * The admin API refused a call: no valid token (GW-083) or a role that does not allow
     * it (GW-098), or parameters it does not accept (GW-092).
     */
    ADMIN_API_REFUSED

}
