-- H2 keeps a VARBINARY value inside its row: in the store's page cache, in the last row each cached statement read
-- and in each cached statement's parameters, so a 10 MB payload stayed on the heap several times over after it was
-- stored or delivered. As a binary large object above 64 KiB it lives in H2's large-object store, and rows hold
-- only a reference to it (ADR 0033). Smaller payloads, nearly all of them, stay in their row as before: the
-- large-object store costs disk and writes per value. PostgreSQL's BYTEA is not cached that way and stays.
SET MAX_LENGTH_INPLACE_LOB 65536;
ALTER TABLE interchange ALTER COLUMN payload SET DATA TYPE BINARY LARGE OBJECT;
