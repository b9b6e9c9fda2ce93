package uk.gov.justice.ppg.routes.error;

/**
 * The stable error catalogue (docs/error-codes.md): each constant's Javadoc says what the
 * failure means. A code never changes meaning once published; the text is what a sender
 * sees and is deliberately generic, the detail goes only to the audit record.
 */
public enum GatewayErrorCode {

    /** The body is over {@code gateway.inbound.max-bytes}, declared or as streamed. */
    MESSAGE_TOO_LARGE("GW-001", Fault.SENDER, "The message is too large."),

    /**
     * A DOCTYPE, entity declaration or entity reference: XXE and entity expansion are
     * refused before any DOM is built.
     */
    XML_DTD_FORBIDDEN("GW-002", Fault.SENDER, "The message is not acceptable XML."),

    /** Nesting depth, element count, attribute count or a text run is over the limits. */
    XML_LIMIT_EXCEEDED("GW-003", Fault.SENDER, "The message is not acceptable XML."),

    /** Not well-formed, a processing instruction, or a body that could not be read. */
    XML_MALFORMED("GW-004", Fault.SENDER, "The message is not acceptable XML."),

    /**
     * Not exactly a SOAP 1.1 or 1.2 Envelope with an optional Header and a Body holding
     * one element, or a mandatory header other than WS-Security.
     */
    NOT_SOAP("GW-005", Fault.SENDER, "The message is not an acceptable SOAP envelope."),

    /** No TLS client certificate reached the application. */
    CLIENT_CERTIFICATE_MISSING("GW-006", Fault.SENDER, "The connection is not authenticated."),

    /**
     * The Content-Type does not fit the envelope: a SOAP 1.1 envelope must come as
     * {@code text/xml}, a SOAP 1.2 envelope as {@code application/soap+xml}, as the SOAP
     * HTTP bindings require.
     */
    SOAP_CONTENT_TYPE_MISMATCH("GW-007", Fault.SENDER, "The message is not an acceptable SOAP envelope."),

    /**
     * The request carries both {@code Transfer-Encoding} and {@code Content-Length}: its
     * length is ambiguous (request smuggling), so it is refused whatever it holds.
     */
    REQUEST_FRAMING_AMBIGUOUS("GW-008", Fault.SENDER, "The request is not acceptable HTTP."),

    /**
     * The servlet container refused the request before the application saw it: a
     * malformed request line, headers or chunked body. Answered as a SOAP fault by the
     * gateway's own error valve, and counted.
     */
    REQUEST_REFUSED_BY_CONTAINER("GW-009", Fault.SENDER, "The request is not acceptable HTTP."),

    /** No {@code wsse:Security} header, or no {@code ds:Signature} in it. */
    SIGNATURE_MISSING("GW-010", Fault.SENDER, "The message failed security checks."),

    /** No {@code wsu:Timestamp}, or no usable {@code Created} in it. */
    TIMESTAMP_MISSING("GW-011", Fault.SENDER, "The message failed security checks."),

    /**
     * {@code Created} is older than the profile's time to live, or {@code Expires}
     * passed.
     */
    TIMESTAMP_EXPIRED("GW-012", Fault.SENDER, "The message failed security checks."),

    /** {@code Created} is further ahead of the gateway's clock than the allowed skew. */
    TIMESTAMP_IN_FUTURE("GW-013", Fault.SENDER, "The message failed security checks."),

    /**
     * A signature, digest, canonicalisation or transform algorithm, or a key reference,
     * outside the partner's signature profile.
     */
    ALGORITHM_REFUSED("GW-014", Fault.SENDER, "The message failed security checks."),

    /** The certificate was not issued by the key of a trusted issuing CA. */
    CERTIFICATE_UNTRUSTED("GW-015", Fault.SENDER, "The message failed security checks."),

    /** The certificate, or one in its path, has expired or is not yet valid. */
    CERTIFICATE_NOT_VALID_NOW("GW-016", Fault.SENDER, "The message failed security checks."),

    /**
     * The certificate is revoked, or its revocation status is unknown (no current CRL, or
     * for a certificate that names an OCSP responder no fresh answer from it: fail
     * closed).
     */
    CERTIFICATE_REVOKED("GW-017", Fault.SENDER, "The message failed security checks."),

    /** An RSA key under 2048 bits, or a certificate signed with SHA-1 or MD5. */
    CERTIFICATE_WEAK("GW-018", Fault.SENDER, "The message failed security checks."),

    /** The signature does not verify: tampering, or duplicate ids. */
    SIGNATURE_INVALID("GW-019", Fault.SENDER, "The message failed security checks."),

    /**
     * The signature does not cover the Body (and, under {@code strict}, the Timestamp)
     * the gateway processes: signature wrapping, or a second Security header.
     */
    SIGNATURE_COVERAGE("GW-020", Fault.SENDER, "The message failed security checks."),

    /** This signature was already accepted within its lifetime. */
    REPLAY_DETECTED("GW-021", Fault.SENDER, "The message failed security checks."),

    /** The signing certificate's subject belongs to no partner in the directory. */
    UNKNOWN_SIGNER("GW-030", Fault.SENDER, "The sender is not authorised."),

    /**
     * The TLS client certificate belongs to another partner than the signer, or to none.
     */
    TLS_SIGNER_MISMATCH("GW-031", Fault.SENDER, "The sender is not authorised."),

    /** The signing partner is disabled in the directory. */
    PARTNER_DISABLED("GW-032", Fault.SENDER, "The sender is not authorised."),

    /** The partner may not send as this {@code SenderIdentity}. */
    SENDER_NOT_PERMITTED("GW-033", Fault.SENDER, "The sender is not authorised."),

    /** The partner may not send this body. */
    MESSAGE_TYPE_NOT_PERMITTED("GW-034", Fault.SENDER, "The message is not authorised."),

    /** The receiver is unknown, or the partner may not send this body to it. */
    RECEIVER_NOT_PERMITTED("GW-035", Fault.SENDER, "The message is not authorised."),

    /**
     * An operator switched the sending partner's intake off: nothing of it is accepted
     * until it is switched on again, and the partner should keep the message and send it
     * later.
     */
    PARTNER_INTAKE_SWITCHED_OFF("GW-036", Fault.UNAVAILABLE,
            "The gateway is not accepting messages from this sender at present; retry later."),

    /**
     * The SOAP Body does not hold
     * {@code {http://www.justice.gsi.gov.uk/SPG/}SPGInterchange}.
     */
    WRONG_NAMESPACE("GW-040", Fault.SENDER, "The message is not a valid SPG interchange."),

    /** {@code SchemaVersion} is not a live version. */
    SCHEMA_VERSION_UNSUPPORTED("GW-041", Fault.SENDER, "The message is not a valid SPG interchange."),

    /** {@code SchemaVersion} is not the version the signing partner is pinned to. */
    SCHEMA_VERSION_NOT_PINNED("GW-042", Fault.SENDER, "The message is not a valid SPG interchange."),

    /**
     * Not valid against the version's XSD; the audit names the rule with values redacted.
     */
    SCHEMA_INVALID("GW-043", Fault.SENDER, "The message is not a valid SPG interchange."),

    /** An envelope rule is broken; the audit names the rule (docs/schemas.md). */
    ENVELOPE_INCONSISTENT("GW-044", Fault.SENDER, "The message is not a valid SPG interchange."),

    /**
     * The sender already used this SenderControlReference for an interchange with other
     * content: not a duplicate, and not accepted (a partner whose counter was reset would
     * otherwise lose every message after the reset). The audit records both payload
     * hashes. A true duplicate (same content) keeps its original answer.
     */
    CONTROL_REFERENCE_REUSED("GW-045", Fault.SENDER, "The message is not a valid SPG interchange."),

    /**
     * The SenderControlReference lies in the range the gateway reserves for what it
     * issues itself (20 digits beginning with 9; ADR 0014).
     */
    CONTROL_REFERENCE_RESERVED("GW-046", Fault.SENDER, "The message is not a valid SPG interchange."),

    /** The receiver is not responsible for the case the message concerns. */
    CASE_NOT_HELD("GW-050", Fault.SENDER, "The message cannot be routed."),

    /**
     * A CRC sent case data about a case it is not responsible for, nor held within the
     * transfer grace window: a refused disclosure attempt.
     */
    CASE_NOT_SENDERS("GW-052", Fault.SENDER, "The message cannot be routed."),

    /**
     * The case register does not know the case, and only an allocation from nDelius may
     * introduce one (fail closed; ADR 0015). Case data to or from a CRC about it is
     * refused.
     */
    CASE_UNKNOWN("GW-053", Fault.SENDER, "The message cannot be routed."),

    /**
     * A test interchange (TestIndicator Y) addressed to a partner that is not a test
     * endpoint: test traffic never reaches live systems.
     */
    TEST_NOT_ACCEPTED("GW-054", Fault.SENDER, "The message cannot be routed."),

    /**
     * A bulk import of the case register was refused as a whole: a line is malformed or
     * names an unknown provider; the detail names the first bad line. Nothing of it was
     * applied.
     */
    REGISTER_IMPORT_REFUSED("GW-055", Fault.SENDER, "The case register import was refused."),

    /**
     * A receiver's schema version (or its channel: an agency's inbox or JSON endpoint
     * takes one message per interchange) cannot carry content that must not be dropped;
     * at delivery, also the ISN reason when rendering in the receiver's version failed.
     */
    MEDIATION_REFUSED("GW-051", Fault.SENDER, "The message cannot be delivered in the receiver's version."),

    /**
     * The database or the broker is unavailable, or the database did not confirm the
     * commit: the interchange is not known to be stored. The sender retries with the same
     * control reference; if it was stored after all, the retry is answered as a
     * duplicate, and it is delivered once.
     */
    STORAGE_UNAVAILABLE("GW-060", Fault.UNAVAILABLE,
            "The gateway could not confirm storing the message; retry with the same control reference."),

    /**
     * The audit record could not be committed, so neither was the interchange (they
     * commit together); retry with the same control reference, as for GW-060.
     */
    AUDIT_UNAVAILABLE("GW-061", Fault.UNAVAILABLE,
            "The gateway could not confirm storing the message; retry with the same control reference."),

    /**
     * The node is starting or stopping, or has lost its database or broker: it answers
     * nothing else until it is ready. Nothing was read or stored; retry.
     */
    NOT_READY("GW-062", Fault.UNAVAILABLE, "The gateway is not ready; retry shortly."),

    /**
     * The node's storage has less free space than it needs to store a message and its
     * audit record. Nothing was read or stored; retry later.
     */
    STORAGE_FULL("GW-063", Fault.UNAVAILABLE, "The gateway cannot store messages now; retry later."),

    /**
     * The sending partner has more requests in flight, or sent more in the last second,
     * than its limit allows. Nothing was stored; retry after a pause.
     */
    PARTNER_RATE_LIMITED("GW-064", Fault.UNAVAILABLE, "Too many requests from this partner; retry later."),

    /**
     * The request is large ({@code gateway.inbound.large.threshold} or more, or chunked)
     * and this node already holds as many large payloads as its budget allows
     * ({@code gateway.inbound.large.budget}). Nothing was kept or stored; retry later.
     */
    PAYLOAD_BUDGET_FULL("GW-065", Fault.UNAVAILABLE, "The gateway is busy with large messages; retry later."),

    /**
     * Delivery: the receiver refused the delivery (HTTP 4xx other than 408, 425 and 429,
     * or a SOAP Sender/Client fault). Final at once.
     */
    DELIVERY_REFUSED("GW-070", Fault.RECEIVER, "The receiver refused the message."),

    /** Delivery: not delivered before the delivery expired (default 24 h). */
    DELIVERY_EXPIRED("GW-071", Fault.RECEIVER, "The message could not be delivered in time."),

    /**
     * Delivery: the receiver's reply was not a well-formed {@code SPGInterchangeResponse}
     * 200. The outcome is unknown, so the delivery is retried.
     */
    RECEIVER_REPLY_INVALID("GW-072", Fault.RECEIVER, "The receiver's reply was not acceptable."),

    /**
     * Delivery: connection refused or reset, TLS failure, no endpoint, or no reply within
     * the read timeout. Retried.
     */
    RECEIVER_UNREACHABLE("GW-073", Fault.RECEIVER, "The receiver could not be reached."),

    /**
     * Delivery: this delivery failed {@code isolated-failure-limit} times while the
     * receiver accepted the gateway's other deliveries (a poison message); dead-lettered
     * so that it holds up nothing else.
     */
    DELIVERY_FAILED_REPEATEDLY("GW-074", Fault.RECEIVER,
            "The receiver failed this message repeatedly while accepting others."),

    /** Admin API: a replay asked for a delivery that is not a dead letter. */
    REPLAY_NOT_DEAD_LETTER("GW-075", Fault.SENDER, "Only a dead letter can be replayed."),

    /**
     * Admin API: a replay of a dead letter whose receiver already took the interchange (a
     * delivery of it to them was delivered), or is being sent it again.
     */
    REPLAY_ALREADY_DELIVERED("GW-076", Fault.SENDER,
            "The receiver already has this interchange, or it is being delivered again."),

    /**
     * Admin API: a replay of a dead letter whose payload was purged after its retention.
     */
    REPLAY_PAYLOAD_PURGED("GW-077", Fault.SENDER, "The interchange's payload is no longer held."),

    /**
     * A partner directory change or import that the directory's rules refuse (the same
     * rules as the file's), or one that would remove a partner: the directory in use is
     * kept.
     */
    DIRECTORY_CHANGE_REFUSED("GW-078", Fault.SENDER, "The partner directory change is not acceptable."),

    /**
     * A partner directory change based on a version that is no longer the newest: another
     * change came first. Read the directory again and repeat the change on it.
     */
    DIRECTORY_CHANGED_MEANWHILE("GW-079", Fault.SENDER, "The partner directory changed since it was read."),

    /**
     * Agency channel: a JSON body that is not one well-formed JSON object (broken syntax,
     * a property given twice, anything after the object).
     */
    JSON_MALFORMED("GW-080", Fault.SENDER, "The request body is not acceptable JSON."),

    /**
     * Agency channel: a JSON body over a limit enforced while it is read: size, nesting
     * depth, string, property-name or number length.
     */
    JSON_LIMIT_EXCEEDED("GW-081", Fault.SENDER, "The request body is not acceptable JSON."),

    /**
     * Agency channel: a JSON body that breaks its JSON Schema, or whose SPG form breaks
     * the XSD (a date that does not exist, say); the detail names each place and rule.
     */
    JSON_SCHEMA_INVALID("GW-082", Fault.SENDER, "The request body does not follow its schema."),

    /**
     * Agency channel: no bearer token, or one that does not verify: signature, algorithm
     * (RS256, PS256 or ES256 only), issuer, audience, expiry, or not bound to the TLS
     * client certificate it came with (RFC 8705 {@code cnf.x5t#S256}, required).
     */
    TOKEN_INVALID("GW-083", Fault.SENDER, "The request is not authorised."),

    /** Agency channel: the token lacks the scope this action needs. */
    TOKEN_SCOPE_MISSING("GW-084", Fault.SENDER, "The request is not authorised for this action."),

    /**
     * Agency channel: the token's client is no partner of the directory, or another
     * partner than the one the TLS client certificate belongs to.
     */
    TOKEN_NOT_THIS_PARTNER("GW-085", Fault.SENDER, "The request is not authorised."),

    /**
     * Agency channel: nothing there for this caller (an unknown message, or another
     * sender's).
     */
    API_NOT_FOUND("GW-086", Fault.SENDER, "Not found."),

    /**
     * Agency channel: a body that is not {@code application/json} (UTF-8 if a charset is
     * given).
     */
    CONTENT_TYPE_UNSUPPORTED("GW-087", Fault.SENDER, "The request body must be application/json."),

    /**
     * Agency channel: a posted result without an {@code Idempotency-Key} header, or with
     * one that is not 1 to 64 characters of letters, digits and {@code . _ : -}.
     */
    IDEMPOTENCY_KEY_MISSING("GW-088", Fault.SENDER, "An Idempotency-Key header is required."),

    /**
     * Agency channel: an Idempotency-Key the agency used before with another body. The
     * first body was accepted; this one was not.
     */
    IDEMPOTENCY_KEY_REUSED("GW-089", Fault.SENDER, "The Idempotency-Key was used before with another body."),

    /**
     * Check ledger (both channels): a check result, or a withdrawal of a request, whose
     * RequestID names no accepted check request of its check type and case.
     */
    CHECK_REQUEST_UNKNOWN("GW-090", Fault.SENDER, "The result matches no check request."),

    /**
     * Check ledger (both channels): a check result for a request that was sent to another
     * agency.
     */
    CHECK_REQUEST_NOT_ASKED("GW-091", Fault.SENDER, "The result matches no check request sent to this agency."),

    /**
     * Agency channel: a query parameter out of range (an inbox cursor that is not a
     * number, a limit outside 1 to 200).
     */
    QUERY_INVALID("GW-092", Fault.SENDER, "The query parameters are not acceptable."),

    /**
     * Check ledger: a check result for a request that is already answered, sent as INS;
     * an amendment is sent as UPD.
     */
    CHECK_ALREADY_ANSWERED("GW-093", Fault.SENDER,
            "The check request is already answered; send an amendment with MessageType UPD."),

    /**
     * Check ledger: a result for, or a withdrawal of, a request the requester withdrew.
     */
    CHECK_WITHDRAWN("GW-094", Fault.SENDER, "The check request was withdrawn."),

    /**
     * Check ledger: a check result sent with MessageType DEL; an answer cannot be
     * withdrawn, only amended (UPD).
     */
    CHECK_RESULT_NOT_WITHDRAWABLE("GW-095", Fault.SENDER,
            "A check result cannot be withdrawn; send an amendment with MessageType UPD."),

    /**
     * Check ledger query: the caller asked about a case it does not hold, or checks it is
     * not party to (audited as a refused disclosure).
     */
    CHECK_QUERY_NOT_PERMITTED("GW-096", Fault.SENDER, "The caller may not see these checks."),

    /**
     * Check ledger: a check request whose RequestID the agency was already asked under
     * for another case or check type.
     */
    CHECK_REQUEST_ID_REUSED("GW-097", Fault.SENDER,
            "The RequestID is already used for another case or check type with this agency."),

    /**
     * Admin API: the token verified but none of its realm roles allows this endpoint (or
     * the endpoint names no roles at all).
     */
    ADMIN_ROLE_MISSING("GW-098", Fault.SENDER, "The caller's roles do not allow this action."),

    /** An unexpected failure; the operational log names the exception types. */
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
