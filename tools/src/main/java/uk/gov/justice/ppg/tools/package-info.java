/**
 * The partner test kit: a signing SOAP client (with deliberately weak variants, for tests
 * only), stub partner endpoints and the demo runner. Nothing here is used by the gateway
 * itself.
 */
package uk.gov.justice.ppg.tools;
