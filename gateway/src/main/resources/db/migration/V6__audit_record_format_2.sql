-- Audit record format 2 (docs/audit-events.md): the TLS subject beside the signing subject, the partner, whether
-- the parties and references were only claimed (read before validation), and the weak-signature flag. Records
-- written before keep format 1 and are hashed as format 1; the offline verifier reads both.
ALTER TABLE audit_record ADD COLUMN record_format SMALLINT DEFAULT 1 NOT NULL;
ALTER TABLE audit_record ADD COLUMN tls_subject VARCHAR(512);
ALTER TABLE audit_record ADD COLUMN partner_id VARCHAR(32);
ALTER TABLE audit_record ADD COLUMN claimed CHAR(1);
ALTER TABLE audit_record ADD COLUMN weak_signature CHAR(1);
-- DISCLOSURE_REFUSED is longer than the outcomes before it.
ALTER TABLE audit_record ALTER COLUMN outcome SET DATA TYPE VARCHAR(24);
