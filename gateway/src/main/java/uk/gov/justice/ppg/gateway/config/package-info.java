/**
 * What every feature shares: the {@code gateway.*} properties and the clock. Each feature
 * package wires itself in a {@code @Configuration} of its own.
 */
package uk.gov.justice.ppg.gateway.config;
