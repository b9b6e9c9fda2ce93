-- H2 plans with each column's selectivity, 50 until an ANALYZE has run, and the embedded store was never analysed.
-- With every column at 50 it looked up a case's head (DeliveryStore.caseHead) through ix_delivery_state, reading
-- every pending delivery of the partner for each delivery sent: under a backlog of thousands that was 6 % of the
-- gateway's CPU and grew with the backlog. These are the columns' real shapes: a few states and partners, a case
-- per interchange. ix_delivery_case_head then serves the lookup.
ALTER TABLE delivery ALTER COLUMN state SELECTIVITY 2;
ALTER TABLE delivery ALTER COLUMN partner_id SELECTIVITY 2;
ALTER TABLE delivery ALTER COLUMN crn SELECTIVITY 90;
