/**
 * Camel routes of the gateway, one flow and direction per RouteBuilder, and the ports
 * (interfaces) they call. The Spring Boot application in {@code gateway} implements the
 * ports; nothing here depends on Spring.
 */
package uk.gov.justice.ppg.routes;
