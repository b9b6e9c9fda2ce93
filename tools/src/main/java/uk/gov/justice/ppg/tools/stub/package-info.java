/**
 * Stub partner systems for the demo and the benchmark: HTTPS endpoints with mutual TLS
 * and a partner's own example certificate, that verify the gateway's signature and answer
 * {@code SPGInterchangeResponse} 200.
 */
package uk.gov.justice.ppg.tools.stub;
