package uk.gov.justice.ppg.gateway.delivery;

import java.time.Instant;

/**
 * One delivery's own retries, kept by the consumer that holds it: when it may next be
 * tried (its own exponential, jittered backoff), and how many of its failures were
 * <em>isolated</em>. A failure is isolated when, since this delivery's previous attempt,
 * the partner accepted other deliveries and at least nine in ten of its other attempts
 * succeeded: the partner is working, and this message is what it cannot take. At
 * {@code limit} isolated failures the delivery is given up (GW-074) so that it holds up
 * nothing behind it. A partner that fails everything produces no isolated failures; its
 * deliveries wait for it until they expire.
 */
final class RetryTrack {

    private static final int OTHERS_SUCCEEDED_PER_FAILURE = 9;

    private final PartnerGate gate;

    private final String partnerId;

    private final int limit;

    private PartnerGate.Tally since;

    private int failures;

    private int isolated;

    private Instant notBefore = Instant.EPOCH;

    RetryTrack(PartnerGate gate, String partnerId, int limit) {
        this.gate = gate;
        this.partnerId = partnerId;
        this.limit = limit;
        this.since = gate.tally(partnerId);
    }

    /** The earliest time of the next attempt. */
    Instant notBefore() {
        return this.notBefore;
    }

    /**
     * Records a failed attempt at {@code now} with the partner's gate; true when the
     * delivery has now failed in isolation {@code limit} times and must be given up.
     */
    boolean failed(Instant now) {
        PartnerGate.Tally tally = this.gate.failed(this.partnerId);
        long othersSucceeded = tally.succeeded() - this.since.succeeded();
        long othersFailed = tally.failed() - this.since.failed() - 1;
        if (othersSucceeded > 0 && othersSucceeded >= OTHERS_SUCCEEDED_PER_FAILURE * othersFailed) {
            this.isolated++;
        }
        this.since = tally;
        this.failures++;
        this.notBefore = now.plus(this.gate.backoff().after(this.failures));
        return this.isolated >= this.limit;
    }

    /** Isolated failures so far, for the audit record of a delivery given up. */
    int isolated() {
        return this.isolated;
    }

}
