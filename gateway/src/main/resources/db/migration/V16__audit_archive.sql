-- The disclosure log's archives (audit.AuditArchiver): each a sealed export of consecutive records, anchored at
-- the last record of the archive before it. The primary key makes two nodes that archive at once write one file.
CREATE TABLE audit_archive (
    first_seq             BIGINT       PRIMARY KEY,
    last_seq              BIGINT       NOT NULL,
    file_name             VARCHAR(200) NOT NULL,
    sha256                CHAR(64)     NOT NULL,
    node_id               VARCHAR(64)  NOT NULL,
    archived_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
