/**
 * Schema-version mediation: rewriting an interchange into the version its receiver is
 * pinned to, by an explicit rule for every element the older version cannot carry (drop
 * it, or refuse the delivery).
 */
package uk.gov.justice.ppg.schemas.mediation;
