-- The plan, results, tags, other sites, press contact and the owner's disclosure consent, kept as one document:
-- they are read and written with the model, never queried across models, and their shape grows with the forms.
ALTER TABLE catalog.model ADD COLUMN details jsonb NOT NULL DEFAULT '{}'::jsonb;

-- Stories become sanitised HTML; stories written before were plain text, kept paragraph for paragraph.
UPDATE catalog.model
SET story = '<p>' || replace(replace(replace(replace(trim(story), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'),
                             E'\n\n', '</p><p>') || '</p>'
WHERE story !~ '<[a-zA-Z/!]';

-- Moderation: a published model's changes wait until its unit asks for review; work sent back says why.
ALTER TABLE catalog.model ADD COLUMN review_requested boolean NOT NULL DEFAULT false;
ALTER TABLE catalog.model ADD COLUMN sent_back_reason text;
CREATE INDEX model_awaiting_review_idx ON catalog.model (province_code)
    WHERE status = 'SUBMITTED' OR review_requested;

ALTER TABLE catalog.model_revision DROP CONSTRAINT model_revision_change_check;
ALTER TABLE catalog.model_revision ADD CONSTRAINT model_revision_change_check
    CHECK (change IN ('REGISTERED', 'EDITED', 'SUBMITTED', 'PUBLISHED', 'SENT_BACK', 'ARCHIVED'));
