-- The relay takes changes never tried before retries (attempts, then id): an index in that order keeps the claim a
-- short walk however many changes are pending.
CREATE INDEX outbox_event_pending_fresh_idx ON catalog.outbox_event (attempts, id) WHERE published_at IS NULL;
