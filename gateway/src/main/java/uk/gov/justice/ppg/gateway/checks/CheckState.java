package uk.gov.justice.ppg.gateway.checks;

import java.util.Set;

/** Where a ledger entry stands (docs/check-ledger.md). */
public enum CheckState {

    /** Accepted from the requester; not yet at the agency. */
    REQUESTED,

    /** Reached the agency (its endpoint answered, or it acknowledged the inbox item). */
    DELIVERED,

    /** A result matched it. */
    ANSWERED,

    /** Its due-by passed unanswered; still answerable. */
    OVERDUE,

    /** Withdrawn by the requester (the request sent again with MessageType DEL). */
    CANCELLED;

    /** The states of an entry still waiting for its answer. */
    public static final Set<CheckState> OPEN = Set.of(REQUESTED, DELIVERED, OVERDUE);

    public boolean open() {
        return OPEN.contains(this);
    }

}
