package uk.gov.justice.ppg.gateway.agency;

import java.time.LocalDateTime;

/**
 * The interchange header the gateway writes around a body that arrived as JSON.
 *
 * @param sender the agency's party code (from its token and certificate, never from the
 * body)
 * @param receiver the party the interchange is addressed to
 * @param controlReference the gateway-issued control reference
 * @param prepared when the gateway prepared it, in UK time
 * @param test whether it answers a test interchange (written as TestIndicator Y, so it
 * reaches only test endpoints)
 */
record Envelope(String sender, String receiver, String controlReference, LocalDateTime prepared, boolean test) {
}
