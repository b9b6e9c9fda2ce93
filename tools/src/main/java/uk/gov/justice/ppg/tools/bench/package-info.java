/**
 * The load generator behind docs/benchmarks.md: pre-signed Event interchanges over mutual
 * TLS, stub partners that receive the deliveries and the status notifications, and the
 * crypto bound measured in the same run.
 */
package uk.gov.justice.ppg.tools.bench;
