/**
 * The partner directory: who each partner is (party codes, organisation, TLS and signing
 * certificate subjects), what it is pinned to (schema version, signature profile),
 * whether it is enabled, and what it may send to whom.
 */
package uk.gov.justice.ppg.gateway.partner;
