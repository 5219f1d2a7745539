-- The generator marks a batch's entries delivered by their models once it has indexed them: without an index that
-- update read the whole outbox for every batch, a cost growing with the data set (two entries a model at 1,000,000
-- models). Only entries still pending are indexed, so the index stays as small as the relay's backlog.
CREATE INDEX outbox_event_pending_model_idx ON catalog.outbox_event (model_id) WHERE published_at IS NULL;
