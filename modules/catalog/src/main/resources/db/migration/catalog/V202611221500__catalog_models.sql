-- The catalog owns its schema; other capabilities read models only through its API and events.
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE SCHEMA IF NOT EXISTS catalog;

CREATE TABLE catalog.model (
    id            uuid PRIMARY KEY,
    slug          varchar(120) NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name          varchar(300) NOT NULL CHECK (length(trim(name)) > 0),
    owner_name    varchar(300) NOT NULL,
    owner_kind    varchar(20)  NOT NULL CHECK (owner_kind IN ('COLLECTIVE', 'INDIVIDUAL')),
    field         varchar(60)  NOT NULL,
    location      geometry(Point, 4326) NOT NULL CHECK (ST_IsValid(location)),
    commune_code  varchar(5)   NOT NULL CHECK (commune_code ~ '^[0-9]{5}$'),
    commune_name  varchar(200) NOT NULL,
    province_code varchar(2)   NOT NULL CHECK (province_code ~ '^[0-9]{2}$'),
    province_name varchar(200) NOT NULL,
    year_started  integer      NOT NULL CHECK (year_started BETWEEN 1930 AND 2100),
    summary       text         NOT NULL,
    story         text         NOT NULL,
    status        varchar(20)  NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'ARCHIVED')),
    published_at  timestamptz,
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    version       bigint       NOT NULL
);
CREATE INDEX model_location_gix ON catalog.model USING gist (location);
CREATE INDEX model_status_idx ON catalog.model (status);

CREATE TABLE catalog.model_photo (
    model_id uuid    NOT NULL REFERENCES catalog.model (id) ON DELETE CASCADE,
    position integer NOT NULL,
    media_id uuid    NOT NULL,
    caption  varchar(500),
    credit   varchar(300),
    PRIMARY KEY (model_id, position)
);

-- Written in the same transaction as the change it announces, so no committed change goes unannounced.
CREATE TABLE catalog.outbox_event (
    id              bigserial PRIMARY KEY,
    event_type      varchar(60) NOT NULL,
    model_id        uuid        NOT NULL,
    occurred_at     timestamptz NOT NULL,
    published_at    timestamptz,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error      text
);
CREATE INDEX outbox_event_pending_idx ON catalog.outbox_event (next_attempt_at, id) WHERE published_at IS NULL;
