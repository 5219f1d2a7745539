-- The public media address asks whether a photo or video belongs to something published: by media id.
CREATE INDEX model_photo_media_idx ON catalog.model_photo (media_id);
CREATE INDEX model_update_media_idx ON catalog.model_update USING gin (media jsonb_path_ops) WHERE status = 'PUBLISHED';
