-- The embedded single-node default writes every commit's changed pages to its file (WRITE_DELAY=0), so each
-- index on audit_record costs every interchange several page writes. Searching by party or control reference
-- scans instead on H2; PostgreSQL keeps the indexes.
DROP INDEX ix_audit_sender;
DROP INDEX ix_audit_receiver;
DROP INDEX ix_audit_sender_ref;
