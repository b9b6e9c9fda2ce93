-- Which run of which node queued each delivery, and which runs are alive (ADR 0018). A delivery no consumer has
-- claimed, queued by a run that has ended (crashed, restarted, or stopped beating), may have lost its queue message
-- with that run: the recovery sweep wakes it. One queued by a live run is in the broker, however long its queue.
ALTER TABLE delivery ADD COLUMN queued_by VARCHAR(100);
CREATE TABLE node_run (
    run_id                VARCHAR(100) PRIMARY KEY,
    node_id               VARCHAR(64)  NOT NULL,
    started_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    beat_at               TIMESTAMP WITH TIME ZONE NOT NULL
);
