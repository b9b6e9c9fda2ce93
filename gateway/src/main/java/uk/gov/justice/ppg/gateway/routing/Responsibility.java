package uk.gov.justice.ppg.gateway.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Who is responsible for a case, and who was before a transfer.
 *
 * @param crn the case
 * @param provider party code of the responsible provider
 * @param previousProvider party code of the provider before the last transfer, if any
 * @param changedAt when responsibility last changed
 */
public record Responsibility(String crn, String provider, Optional<String> previousProvider, Instant changedAt) {

    /**
     * The previous provider, while the transfer grace window since {@link #changedAt} is
     * open.
     */
    public Optional<String> previousWithin(Duration graceWindow, Instant now) {
        return now.isBefore(this.changedAt.plus(graceWindow)) ? this.previousProvider : Optional.empty();
    }

}
