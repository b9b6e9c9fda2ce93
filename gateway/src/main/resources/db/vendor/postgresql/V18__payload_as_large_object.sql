-- Nothing to change on PostgreSQL: BYTEA is not held on the heap after a statement (see the H2 script of this
-- version). The version keeps both vendors' schema histories in step.
SELECT 1;
