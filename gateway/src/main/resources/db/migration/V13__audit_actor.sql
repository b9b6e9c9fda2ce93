-- Audit record format 3: who acted through the admin API (the token's subject and client).
ALTER TABLE audit_record ADD COLUMN actor_subject VARCHAR(255);
ALTER TABLE audit_record ADD COLUMN actor_client VARCHAR(255);
