-- The partner directory in use, every version kept (ADR 0027). The file seeds version 1 on first start; after that
-- each change through the admin API adds the next version, written in the same transaction as its audit record, and
-- every node polls for a newer version. The primary key is what makes two concurrent changes conflict: one wins.
CREATE TABLE partner_directory (
    version               BIGINT       PRIMARY KEY,
    document              TEXT         NOT NULL,
    sha256                CHAR(64)     NOT NULL,
    origin                VARCHAR(16)  NOT NULL,
    changed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_subject         VARCHAR(255),
    actor_client          VARCHAR(255),
    reason                VARCHAR(400) NOT NULL
);
-- The kill switch per direction: deliveries to the partner (switched_off, as before) and its intake.
ALTER TABLE partner_switch ADD COLUMN intake_switched_off BOOLEAN NOT NULL DEFAULT FALSE;
