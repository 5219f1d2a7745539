-- Units made by the data generator (./dvk seed) for its models carry the run that first made them, so they are never
-- taken for real units and ./dvk seed --remove finds them all. Real units have none.
ALTER TABLE accounts.unit ADD COLUMN seed_run varchar(40);
CREATE INDEX unit_seed_run_idx ON accounts.unit (seed_run) WHERE seed_run IS NOT NULL;
