-- Progress updates: the model's timeline. Each waits for a moderator of the model's locality before the public
-- sees it; one sent back keeps the moderator's reason for its unit.
CREATE TABLE catalog.model_update (
    id               uuid         PRIMARY KEY,
    model_id         uuid         NOT NULL REFERENCES catalog.model (id) ON DELETE CASCADE,
    written_at       timestamptz  NOT NULL,
    written_by       uuid,
    written_by_name  varchar(200) NOT NULL,
    body             text         NOT NULL CHECK (length(trim(body)) > 0),
    indicator_values jsonb        NOT NULL DEFAULT '[]'::jsonb,
    media            jsonb        NOT NULL DEFAULT '[]'::jsonb,
    status           varchar(20)  NOT NULL CHECK (status IN ('SUBMITTED', 'PUBLISHED', 'SENT_BACK')),
    reviewed_at      timestamptz,
    reviewed_by_name varchar(200),
    sent_back_reason text,
    version          bigint       NOT NULL DEFAULT 0
);
CREATE INDEX model_update_timeline_idx ON catalog.model_update (model_id, written_at);
CREATE INDEX model_update_waiting_idx ON catalog.model_update (written_at) WHERE status = 'SUBMITTED';
