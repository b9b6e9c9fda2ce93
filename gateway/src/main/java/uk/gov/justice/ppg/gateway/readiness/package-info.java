/**
 * Whether this node can take work: its stores checked every second off the request path
 * (so health answers at once, never waiting on a connection timeout), the start and stop
 * of the application, the free space its stores need, and bringing back an embedded
 * broker that stopped itself.
 */
package uk.gov.justice.ppg.gateway.readiness;
