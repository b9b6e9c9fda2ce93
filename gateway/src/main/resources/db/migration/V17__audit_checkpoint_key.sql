-- Which audit key signed each checkpoint (hex SHA-256 of its certificate), so the key can rotate and the offline
-- verifier, given the history of audit certificates, checks each checkpoint with its own. Null for checkpoints
-- made before keys were named: any given certificate may verify those.
ALTER TABLE audit_checkpoint ADD COLUMN key_id CHAR(64);
