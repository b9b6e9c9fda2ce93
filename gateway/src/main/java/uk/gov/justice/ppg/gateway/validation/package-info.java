/**
 * Inbound interchange validation: namespace, pinned schema version, XSD and envelope
 * rules.
 */
package uk.gov.justice.ppg.gateway.validation;
