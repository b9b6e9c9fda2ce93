/**
 * Operational logging: one JSON object per line, control characters escaped, no exception
 * messages.
 */
package uk.gov.justice.ppg.gateway.logging;
