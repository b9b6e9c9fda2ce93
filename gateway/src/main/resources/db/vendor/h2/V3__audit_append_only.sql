-- H2 (the embedded default) cannot declare SQL triggers; append-only is enforced on PostgreSQL only.
-- The hash chain and signed checkpoints make any change detectable on both.
SELECT 1;
