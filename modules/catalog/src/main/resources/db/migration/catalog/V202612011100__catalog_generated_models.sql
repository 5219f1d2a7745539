-- Models made by the data generator carry the run that made them, so they are never taken for real records and can
-- all be removed in one go. Real records have none.
ALTER TABLE catalog.model ADD COLUMN seed_run varchar(40);
CREATE INDEX model_seed_run_idx ON catalog.model (seed_run) WHERE seed_run IS NOT NULL;
