/**
 * Every failure the gateway reports has its own exception type and a stable
 * {@code GW-0xx} code. Senders see the code and a generic text; the detail goes only to
 * the audit record.
 */
package uk.gov.justice.ppg.routes.error;
