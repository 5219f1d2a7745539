-- Uploads sent from the browser straight to object storage in parts. A row exists before storage is asked for the
-- multipart upload, so a multipart upload without a live row is always an orphan that may be aborted.
CREATE SCHEMA IF NOT EXISTS media;

CREATE TABLE media.upload (
    id                uuid          PRIMARY KEY,
    kind              varchar(10)   NOT NULL CHECK (kind IN ('PHOTO', 'VIDEO', 'DOCUMENT')),
    file_name         varchar(255)  NOT NULL,
    -- The media id the result will have; the object is stored at media/<media_id> from the first part on.
    media_id          uuid          NOT NULL UNIQUE,
    object_key        varchar(200)  NOT NULL UNIQUE,
    storage_upload_id varchar(1024),
    declared_bytes    bigint        NOT NULL CHECK (declared_bytes > 0),
    part_bytes        bigint        NOT NULL CHECK (part_bytes > 0),
    -- An account id, opaque here: media knows no accounts.
    started_by        uuid          NOT NULL,
    started_at        timestamptz   NOT NULL,
    state             varchar(10)   NOT NULL
        CHECK (state IN ('STARTED', 'COMPLETING', 'COMPLETED', 'ABORTED', 'REJECTED')),
    finished_at       timestamptz,
    rejection         varchar(1000),
    CHECK ((state IN ('STARTED', 'COMPLETING')) = (finished_at IS NULL)),
    CHECK ((state = 'REJECTED') = (rejection IS NOT NULL))
);

CREATE INDEX upload_unfinished ON media.upload (started_at) WHERE state IN ('STARTED', 'COMPLETING');
