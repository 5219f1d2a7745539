-- Every change to a model: who, when, what, and the model as it read afterwards, so any earlier version can be
-- shown as it was. Written in the same transaction as the change.
CREATE TABLE catalog.model_revision (
    model_id        uuid         NOT NULL REFERENCES catalog.model (id) ON DELETE CASCADE,
    version         bigint       NOT NULL,
    changed_at      timestamptz  NOT NULL,
    changed_by      uuid,
    changed_by_name varchar(200) NOT NULL,
    change          varchar(20)  NOT NULL CHECK (change IN ('REGISTERED', 'EDITED', 'PUBLISHED')),
    changed_fields  text[]       NOT NULL,
    snapshot        jsonb        NOT NULL,
    PRIMARY KEY (model_id, version)
);
