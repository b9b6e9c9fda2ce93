/**
 * Routing: which receivers an accepted interchange is delivered to, in which schema
 * version, and why.
 */
package uk.gov.justice.ppg.gateway.routing;
