-- Payloads are sealed at rest (AES-256-GCM, ADR 0020): payload_key_id names the key of the storage key store that
-- sealed the row (null: a row written before this version, stored plain). payload_purged_at: when retention removed
-- the payload; payload_sha256 stays, since deduplication compares content by it.
ALTER TABLE interchange ADD COLUMN payload_key_id VARCHAR(64);
ALTER TABLE interchange ADD COLUMN payload_purged_at TIMESTAMP WITH TIME ZONE;
