/**
 * EXAMPLE ONLY. Generates an example PKI (root and issuing CA, partner TLS and signing
 * certificates, deliberately bad certificates and a CRL) for the demo and the tests.
 * Never use its output in production.
 */
package uk.gov.justice.ppg.certs;
