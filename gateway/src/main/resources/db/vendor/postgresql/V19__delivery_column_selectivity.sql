-- Nothing to change on PostgreSQL: its planner keeps statistics of its own (autovacuum's ANALYZE). The version
-- keeps both vendors' schema histories in step (see the H2 script of this version).
SELECT 1;
