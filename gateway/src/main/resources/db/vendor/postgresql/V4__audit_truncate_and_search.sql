-- TRUNCATE is refused too (statement triggers), like UPDATE and DELETE in V3.
CREATE TRIGGER audit_record_no_truncate BEFORE TRUNCATE ON audit_record
    FOR EACH STATEMENT EXECUTE FUNCTION audit_is_append_only();
CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
    FOR EACH STATEMENT EXECUTE FUNCTION audit_is_append_only();
CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit_is_append_only();
-- The table owner or a superuser can still disable these triggers: they stop accidents and ordinary users.
-- Tampering by those who can is what the hash chain, the signed checkpoints and the export seal reveal.
