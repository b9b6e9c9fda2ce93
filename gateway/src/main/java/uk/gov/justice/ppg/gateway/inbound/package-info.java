/**
 * Where partner requests enter: reading the request off mutual TLS within the size limit,
 * the XML guard and strict SOAP parsing, and the replies and generic faults the endpoint
 * sends.
 */
package uk.gov.justice.ppg.gateway.inbound;
