package uk.gov.justice.ppg.gateway.routing;

import java.util.List;
import java.util.Optional;

/**
 * What accepting an interchange will do: the deliveries, and the change to case
 * responsibility, if any.
 *
 * @param deliveries one per receiver, the addressed one first
 * @param change what the interchange does to the case-responsibility register
 */
public record RoutingPlan(List<PlannedDelivery> deliveries, Optional<ResponsibilityChange> change) {
}
