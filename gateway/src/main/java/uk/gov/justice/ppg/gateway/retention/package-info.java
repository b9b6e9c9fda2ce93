/**
 * Bounded growth: payloads are purged once all their deliveries are final and their
 * retention has passed; each purge audited, the hash kept (deduplication compares by it),
 * the audit log kept whole.
 */
package uk.gov.justice.ppg.gateway.retention;
