/**
 * Gateway to partner: one consumer route per partner's delivery queue, and the port that
 * delivers one queued delivery (render, sign, post over mutual TLS, classify the reply,
 * retry, dead-letter, acknowledge).
 */
package uk.gov.justice.ppg.routes.delivery;
