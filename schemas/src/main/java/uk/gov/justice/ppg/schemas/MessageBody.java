package uk.gov.justice.ppg.schemas;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The message catalogue: every body an {@code SPGMessage} may carry, whether SPG carried
 * it or the gateway added it, and the message types it may travel as (docs/schemas.md).
 */
public enum MessageBody {

    /** Ours: SPG carried offender details in other bodies. */
    OFFENDER_DETAILS("OffenderDetails", Kind.BUSINESS, false),

    EVENT("Event", Kind.BUSINESS, true),

    CUSTODY_RELEASE("CustodyRelease", Kind.BUSINESS, true),

    CUSTODY_RELEASE_CHANGE("CustodyReleaseChange", Kind.BUSINESS, true),

    CUSTODY_RECALL("CustodyRecall", Kind.BUSINESS, true),

    CUSTODY_RECALL_CHANGE("CustodyRecallChange", Kind.BUSINESS, true),

    /** A custody key date; its record is {@code CustodyKeyDate}. */
    CUSTODY_DATE("CustodyDate", Kind.BUSINESS, true),

    /** An offender's address; its record is {@code OffenderAddress}. */
    ADDRESS("Address", Kind.BUSINESS, true),

    TERMINATE_SENTENCE("TerminateSentence", Kind.BUSINESS, true),

    UPW_DETAILS("UPWDetails", Kind.BUSINESS, true),

    /** An unpaid-work appointment; its record is {@code UPWAppointment}. */
    UPW_CONTACT("UPWContact", Kind.BUSINESS, true),

    COMMUNITY_REQUIREMENT("CommunityRequirement", Kind.BUSINESS, true),

    LICENCE_CONDITION("LicenceCondition", Kind.BUSINESS, true),

    PSS_REQUIREMENT("PSSRequirement", Kind.BUSINESS, true),

    CONTACT("Contact", Kind.BUSINESS, true),

    PROCESS_CONTACT("ProcessContact", Kind.BUSINESS, true),

    RATE_CARD_INTERVENTION("RateCardIntervention", Kind.BUSINESS, true),

    APPROVED_PREMISES_REFERRAL("ApprovedPremisesReferral", Kind.BUSINESS, true),

    /** Ours: the court outcome SPG did not carry. */
    COURT_APPEARANCE("CourtAppearance", Kind.BUSINESS, false),

    /** Ours. */
    DOMESTIC_ABUSE_CHECK_REQUEST("DomesticAbuseCheckRequest", Kind.BUSINESS, false),

    /** Ours. */
    DOMESTIC_ABUSE_CHECK_RESULT("DomesticAbuseCheckResult", Kind.BUSINESS, false),

    /** Ours. */
    SAFEGUARDING_CHECK_REQUEST("SafeguardingCheckRequest", Kind.BUSINESS, false),

    /** Ours. */
    SAFEGUARDING_CHECK_RESULT("SafeguardingCheckResult", Kind.BUSINESS, false),

    CONSOLIDATED_TRANSFER_REQUEST("ConsolidatedTransferRequest", Kind.BUSINESS, true),

    CONSOLIDATED_TRANSFER_RESPONSE("ConsolidatedTransferResponse", Kind.BUSINESS, true),

    /** A CRC asks nDelius where an offender is held. */
    OFFLOC_REQUEST("OFFLOCRequest", Kind.BUSINESS, true),

    /** The second form of the location request. */
    OFFLOC_REQUEST_2("OFFLOCRequest2", Kind.BUSINESS, true),

    /** A CRC asks nDelius for a case's document list. */
    GET_DOCUMENT_LIST("GetDocumentList", Kind.BUSINESS, true),

    CONNECTION_NOTIFICATION("ConnectionNotification", Kind.PING, true),

    INTERCHANGE_STATUS_NOTIFICATION("InterchangeStatusNotification", Kind.ACKNOWLEDGEMENT, true),

    /**
     * Ours, since 0-9-14, written by the gateway only: a notice about checks in its
     * ledger (overdue, or the case's responsible organisation changed).
     */
    CHECK_LEDGER_NOTIFICATION("CheckLedgerNotification", Kind.BUSINESS, false, SchemaVersion.V0_9_14);

    private final String localName;

    private final Kind kind;

    private final boolean fromSpg;

    private final SchemaVersion since;

    MessageBody(String localName, Kind kind, boolean fromSpg) {
        this(localName, kind, fromSpg, SchemaVersion.V0_9_13);
    }

    MessageBody(String localName, Kind kind, boolean fromSpg, SchemaVersion since) {
        this.localName = localName;
        this.kind = kind;
        this.fromSpg = fromSpg;
        this.since = since;
    }

    /** Whether an interchange of this schema version can carry this body. */
    public boolean carriedIn(SchemaVersion version) {
        return version.compareTo(this.since) >= 0;
    }

    /** Whether only the gateway writes this body: no partner may send it. */
    public boolean gatewayOnly() {
        return this == CHECK_LEDGER_NOTIFICATION;
    }

    /**
     * Whether SPG carried this body (its structure is SPG's, spg-bodies.md), or the
     * gateway added it.
     */
    public boolean fromSpg() {
        return this.fromSpg;
    }

    /**
     * The element's local name in the SPG namespace, as used in the partner directory.
     */
    public String localName() {
        return this.localName;
    }

    public Kind kind() {
        return this.kind;
    }

    /**
     * Whether this body may travel as the given {@code MessageType} (INS, UPD, DEL, SYS,
     * RSP).
     */
    public boolean travelsAs(String messageType) {
        return this.kind.messageTypes.contains(messageType);
    }

    public static Optional<MessageBody> fromLocalName(String localName) {
        return Arrays.stream(values()).filter((body) -> body.localName.equals(localName)).findFirst();
    }

    /** What a body is for, which decides the message types it may use. */
    public enum Kind {

        /** Case data: inserted, updated or deleted. */
        BUSINESS(Set.of("INS", "UPD", "DEL")),

        /** The liveness ping. */
        PING(Set.of("SYS")),

        /** The interchange status notification. */
        ACKNOWLEDGEMENT(Set.of("RSP"));

        private final Set<String> messageTypes;

        Kind(Set<String> messageTypes) {
            this.messageTypes = messageTypes;
        }

    }

}
