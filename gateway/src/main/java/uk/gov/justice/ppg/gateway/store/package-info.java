/**
 * The stores both flows share, each table with one owner: {@code interchange}
 * ({@link uk.gov.justice.ppg.gateway.store.InterchangeStore}) and {@code delivery}
 * ({@link uk.gov.justice.ppg.gateway.store.DeliveryStore}), {@code inbox_item}
 * ({@link uk.gov.justice.ppg.gateway.store.InboxStore}), the canonical form an
 * interchange is stored and hashed in, and the per-partner delivery queues whose messages
 * commit with the database transaction.
 */
package uk.gov.justice.ppg.gateway.store;
