/**
 * Message and transport security: the trust material, the certificate policy, the
 * WS-Security signature profiles, inbound verification with signature-wrapping, algorithm
 * and replay defences, and outbound signing.
 */
package uk.gov.justice.ppg.gateway.security;
