/**
 * Delivery: rendering each queued delivery in its receiver's version, signing it with the
 * gateway's key, posting it over mutual TLS, classifying the reply, retrying with backoff
 * behind a per-partner circuit breaker and kill switch, dead-lettering, and the status
 * notifications (ISNs) and liveness pings that go with it. An agency on the JSON channel
 * gets the JSON item posted instead; one on the inbox channel gets it in its inbox, where
 * its acknowledgement delivers it ({@link uk.gov.justice.ppg.gateway.delivery.Inboxes}).
 */
package uk.gov.justice.ppg.gateway.delivery;
