-- A case imported in bulk from nDelius (routing.RegisterImport) has no interchange that made it known.
ALTER TABLE case_responsibility ALTER COLUMN interchange_id DROP NOT NULL;
