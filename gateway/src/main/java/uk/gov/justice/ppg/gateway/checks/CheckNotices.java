package uk.gov.justice.ppg.gateway.checks;

import java.time.Instant;
import java.util.List;

/**
 * The CheckLedgerNotification interchanges the ledger has the gateway send, issued in the
 * caller's transaction and delivered like any other (the delivery package writes them).
 */
public interface CheckNotices {

    /**
     * The broker did not commit the queue messages of these issued interchanges although
     * the database did: the recovery sweep is to queue them.
     */
    void unqueued(List<String> interchangeIds);

    /**
     * An entry went OVERDUE: a reminder to the agency asked, and a notice to the
     * requester and to the case's responsible CRC. Returns the interchange ids issued.
     */
    List<String> overdue(CheckRequests.Entry entry, Instant at);

    /**
     * A case's responsible organisation changed while these entries were open: each
     * agency among them is told, once, of its own open checks. Returns the interchange
     * ids issued.
     */
    List<String> responsibilityChanged(String crn, String provider, List<CheckRequests.Entry> open,
            String interchangeId, Instant at);

}
