/**
 * What bounds the heap that large payloads hold: one budget of payload bytes per node,
 * shared by intake and delivery
 * ({@link uk.gov.justice.ppg.gateway.memory.PayloadBudget}).
 */
package uk.gov.justice.ppg.gateway.memory;
