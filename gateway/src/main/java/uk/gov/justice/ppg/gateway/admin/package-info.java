/**
 * The operators' and auditors' side of the gateway: a listener of its own (HTTPS, no
 * client certificate), the admin API under {@code /admin/api/v1/} behind Keycloak realm
 * roles, and the record of who called it. What each endpoint shows or changes belongs to
 * the package that owns it; this package only admits, authorises and audits.
 */
package uk.gov.justice.ppg.gateway.admin;
