/**
 * Durable accept: deduplication on (sender, control reference), the interchange and
 * delivery store, and the transaction that commits interchange, deliveries, audit and
 * queue messages together before the 200 reply.
 */
package uk.gov.justice.ppg.gateway.accept;
