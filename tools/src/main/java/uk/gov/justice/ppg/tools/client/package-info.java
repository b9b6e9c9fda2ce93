/**
 * A partner-side client: wraps an interchange in SOAP, signs it with WS-Security and
 * posts it over mutual TLS.
 */
package uk.gov.justice.ppg.tools.client;
