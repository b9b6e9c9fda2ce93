/**
 * The disclosure log (DPA 2018 s.62): append-only audit records of every receipt,
 * refusal, routing decision, delivery and administrative action, carrying identifiers and
 * payload hashes, never payloads.
 */
package uk.gov.justice.ppg.gateway.audit;
