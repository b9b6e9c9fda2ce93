-- The database orders and claims deliveries (ADR 0018). A delivery is claimed by one consumer before it is sent
-- (claimed_by: node and attempt; claimed_until: when an abandoned claim lapses). woken_at is when the recovery
-- sweep last put a wake-up for it on its partner's queue. The index finds the head of each (partner, case).
ALTER TABLE delivery ADD COLUMN claimed_by VARCHAR(100);
ALTER TABLE delivery ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE delivery ADD COLUMN woken_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_delivery_case_head ON delivery (partner_id, crn, state, created_at);
