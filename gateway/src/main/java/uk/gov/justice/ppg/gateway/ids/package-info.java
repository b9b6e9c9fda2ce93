/**
 * Identifiers the gateway gives the rows it stores.
 */
package uk.gov.justice.ppg.gateway.ids;
