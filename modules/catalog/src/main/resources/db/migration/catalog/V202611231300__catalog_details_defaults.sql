-- Details of models saved before they existed read as empty details; the flag a record cannot leave out is set.
UPDATE catalog.model SET details = details || '{"continuing": false}'::jsonb WHERE details->'continuing' IS NULL;
ALTER TABLE catalog.model ALTER COLUMN details SET DEFAULT '{"continuing": false}'::jsonb;
