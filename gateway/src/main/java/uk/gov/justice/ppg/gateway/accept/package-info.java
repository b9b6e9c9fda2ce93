/**
 * Durable accept, the last step of the inbound side: deduplication on (sender, control
 * reference), or on an agency's Idempotency-Key for its JSON, and the one transaction
 * that commits interchange, deliveries, audit and queue messages together before the 200
 * reply.
 */
package uk.gov.justice.ppg.gateway.accept;
