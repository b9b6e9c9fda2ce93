/**
 * The Spring Boot application: adapters for the ports the routes call. Each feature
 * package owns its concern and wires itself in its own {@code @Configuration}: inbound,
 * security, partner, validation, routing, accept, store, delivery, audit.
 */
package uk.gov.justice.ppg.gateway;
