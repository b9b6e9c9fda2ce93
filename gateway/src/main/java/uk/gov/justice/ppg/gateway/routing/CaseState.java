package uk.gov.justice.ppg.gateway.routing;

import java.util.Optional;

/**
 * Who holds a case once an interchange is accepted, and who held it before while the
 * transfer grace window is open.
 *
 * @param holder the responsible provider after the interchange
 * @param previous the previous provider, while the grace window is open
 */
record CaseState(Optional<String> holder, Optional<String> previous) {

    boolean holds(String party) {
        return this.holder.filter(party::equals).isPresent() || this.previous.filter(party::equals).isPresent();
    }

}
