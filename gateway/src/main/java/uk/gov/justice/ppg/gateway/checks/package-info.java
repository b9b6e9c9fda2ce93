/**
 * Police domestic-abuse and children's-services checks: every accepted request by its
 * RequestID, whom it asked and who asked, so that a result is matched to its request (the
 * seed of the check ledger).
 */
package uk.gov.justice.ppg.gateway.checks;
