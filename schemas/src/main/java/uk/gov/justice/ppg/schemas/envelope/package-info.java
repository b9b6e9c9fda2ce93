/**
 * The interchange envelope: a read-only view of header, messages and trailer, and the
 * rules that tie them together (header and trailer agree, control count, reference pairs,
 * versions, one case per interchange).
 */
package uk.gov.justice.ppg.schemas.envelope;
