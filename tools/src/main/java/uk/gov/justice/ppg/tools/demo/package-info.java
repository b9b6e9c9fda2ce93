/**
 * The demo: pushes the sample corpus through a running gateway and prints each outcome.
 */
package uk.gov.justice.ppg.tools.demo;
