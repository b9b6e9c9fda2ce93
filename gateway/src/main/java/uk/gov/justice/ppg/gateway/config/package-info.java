/** Configuration properties and the wiring of each flow. */
package uk.gov.justice.ppg.gateway.config;
