/**
 * Mutual TLS, built once: the SSL context from a key store and a trust store, and the
 * parameters both ends of a partner connection use.
 */
package uk.gov.justice.ppg.tls;
