-- The disclosure log's hash chain (one chain for every node) and its signed checkpoints.
-- Records are sealed into the chain in the order the sealer finds them committed; see docs/adr/0009.

CREATE TABLE audit_chain (
    seq                   BIGINT       PRIMARY KEY,
    record_id             VARCHAR(36)  NOT NULL UNIQUE,
    record_row            BIGINT       NOT NULL,
    previous_hash         CHAR(64)     NOT NULL,
    hash                  CHAR(64)     NOT NULL,
    sealed_at             TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row: the end of the chain. Sealers lock it, so nodes seal one after another.
-- max_row is the highest audit_record.id sealed: sealers look for unsealed records near it.
CREATE TABLE audit_chain_head (
    id                    INTEGER      PRIMARY KEY,
    seq                   BIGINT       NOT NULL,
    hash                  CHAR(64)     NOT NULL,
    max_row               BIGINT       NOT NULL
);
INSERT INTO audit_chain_head (id, seq, hash, max_row)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0);


CREATE TABLE audit_checkpoint (
    seq                   BIGINT       PRIMARY KEY,
    hash                  CHAR(64)     NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    signature             VARCHAR(1024) NOT NULL,
    timestamp_token       VARCHAR(16384),
    kind                  VARCHAR(8)   NOT NULL,
    node_id               VARCHAR(64)  NOT NULL
);

CREATE INDEX ix_audit_sender ON audit_record (sender);
CREATE INDEX ix_audit_receiver ON audit_record (receiver);
CREATE INDEX ix_audit_sender_ref ON audit_record (sender_control_ref);
