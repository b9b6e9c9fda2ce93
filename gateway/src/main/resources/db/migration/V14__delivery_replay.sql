-- A delivery an operator replayed from a dead letter names the dead letter it replays.
ALTER TABLE delivery ADD COLUMN replay_of VARCHAR(36);
CREATE INDEX ix_delivery_replay_of ON delivery (replay_of);
