/**
 * What the gateway counts for Prometheus (docs/metrics.md): interchanges accepted and
 * refused, deliveries delivered, retried and dead-lettered, each partner's queue, and the
 * check ledger's open entries. Counters follow committed audit records, so a count is
 * never of something that rolled back; gauges are read from the database every few
 * seconds. Key material and the audit sealer have their gauges where they live.
 */
package uk.gov.justice.ppg.gateway.metrics;
