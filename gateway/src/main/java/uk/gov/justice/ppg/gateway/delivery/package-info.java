/**
 * Delivery: rendering each queued delivery in its receiver's version, signing it with the
 * gateway's key, posting it over mutual TLS, classifying the reply, retrying with backoff
 * behind a per-partner circuit breaker and kill switch, dead-lettering, and the status
 * notifications (ISNs) and liveness pings that go with it.
 */
package uk.gov.justice.ppg.gateway.delivery;
