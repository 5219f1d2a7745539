-- Recognitions made by the data generator carry the run that made them, like its models and units, so they are never
-- taken for real decisions and can all be removed with the generated models. Real records have none. The trail is
-- marked too: removing generated data is the one time audit rows are deleted.
ALTER TABLE recognition.campaign ADD COLUMN seed_run varchar(40);
ALTER TABLE recognition.registration ADD COLUMN seed_run varchar(40);
ALTER TABLE recognition.unit_rating ADD COLUMN seed_run varchar(40);
ALTER TABLE recognition.audit_event ADD COLUMN seed_run varchar(40);
CREATE INDEX registration_seed_run_idx ON recognition.registration (seed_run) WHERE seed_run IS NOT NULL;
-- A resumed run asks which of a batch's models are registered already, by model.
CREATE INDEX registration_model_idx ON recognition.registration (model_id);
