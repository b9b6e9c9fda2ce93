/**
 * The Spring Boot application: wiring and adapters for the ports the routes call. Feature
 * packages own their concern: ingress, security, validation, partner, routing, accept,
 * audit.
 */
package uk.gov.justice.ppg.gateway;
