/**
 * Partner to gateway: the inbound interchange flow, its typed context and the ports each
 * step calls (admit, guard, verify, validate, authorise, accept, reject).
 */
package uk.gov.justice.ppg.routes.inbound;
