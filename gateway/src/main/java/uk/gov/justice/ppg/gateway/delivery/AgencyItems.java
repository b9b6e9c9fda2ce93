package uk.gov.justice.ppg.gateway.delivery;

import uk.gov.justice.ppg.gateway.store.PendingDelivery;

/**
 * Renders a delivery as the JSON item an agency gets, in its inbox or posted to its JSON
 * endpoint: the agency channel's side of delivery.
 */
public interface AgencyItems {

    /** The item, as UTF-8 JSON; its {@code id} is the delivery's. */
    byte[] render(PendingDelivery delivery);

}
