-- Whether the declared commune agrees with the point, as found when the model was saved: a disagreement is kept
-- for the contributor and moderators to settle, never silently corrected.
ALTER TABLE catalog.model ADD COLUMN locality_agrees boolean NOT NULL DEFAULT true;
ALTER TABLE catalog.model ADD COLUMN locality_note text;
