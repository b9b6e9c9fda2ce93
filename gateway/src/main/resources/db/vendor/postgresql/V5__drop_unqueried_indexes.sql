-- The embedded H2 store drops three indexes no gateway query uses (see db/vendor/h2/V5); PostgreSQL keeps them.
SELECT 1;
