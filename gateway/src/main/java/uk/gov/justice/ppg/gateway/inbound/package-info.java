/**
 * The partner port, where the inbound side begins: mutual TLS, the CXF endpoint and the
 * inbound route's wiring, reading the request within the size limit, the XML guard and
 * strict SOAP parsing, and the audited refusal of anything that fails a step.
 */
package uk.gov.justice.ppg.gateway.inbound;
