/**
 * The check ledger (docs/check-ledger.md): every police domestic-abuse and
 * children's-services check request is an entry, requested, delivered, answered, overdue
 * or cancelled, changed only in the transaction of the message or sweep that changes it,
 * with a history that is never deleted; results are matched to their requests by it, and
 * the overdue sweep has the gateway remind and notify.
 */
package uk.gov.justice.ppg.gateway.checks;
