package uk.gov.justice.ppg.schemas;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The message catalogue: every body an {@code SPGMessage} may carry, and the message
 * types it may travel as.
 */
public enum MessageBody {

    OFFENDER_DETAILS("OffenderDetails", Kind.BUSINESS),

    EVENT("Event", Kind.BUSINESS),

    COMMUNITY_REQUIREMENT("CommunityRequirement", Kind.BUSINESS),

    LICENCE_CONDITION("LicenceCondition", Kind.BUSINESS),

    CONTACT("Contact", Kind.BUSINESS),

    COURT_APPEARANCE("CourtAppearance", Kind.BUSINESS),

    DOMESTIC_ABUSE_CHECK_REQUEST("DomesticAbuseCheckRequest", Kind.BUSINESS),

    DOMESTIC_ABUSE_CHECK_RESULT("DomesticAbuseCheckResult", Kind.BUSINESS),

    SAFEGUARDING_CHECK_REQUEST("SafeguardingCheckRequest", Kind.BUSINESS),

    SAFEGUARDING_CHECK_RESULT("SafeguardingCheckResult", Kind.BUSINESS),

    CONSOLIDATED_TRANSFER_REQUEST("ConsolidatedTransferRequest", Kind.BUSINESS),

    CONSOLIDATED_TRANSFER_RESPONSE("ConsolidatedTransferResponse", Kind.BUSINESS),

    CONNECTION_NOTIFICATION("ConnectionNotification", Kind.PING),

    INTERCHANGE_STATUS_NOTIFICATION("InterchangeStatusNotification", Kind.ACKNOWLEDGEMENT);

    private final String localName;

    private final Kind kind;

    MessageBody(String localName, Kind kind) {
        this.localName = localName;
        this.kind = kind;
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
