-- Indexes no query of the gateway uses (interchanges by case or receipt time, audit records by interchange) cost
-- the embedded store page writes on every commit that touches their tables. PostgreSQL keeps them for operators'
-- own queries; on H2 such a query scans.
DROP INDEX ix_interchange_crn;
DROP INDEX ix_interchange_received;
DROP INDEX ix_audit_interchange;
