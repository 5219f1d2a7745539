-- A journalist asks for a model's press contact; the model's unit or a moderator of its locality grants or refuses.
-- The contact stays in the model's details: a granted request lets that one journalist read it, nothing copies it.
-- Names are copied so the trail still reads after an account is renamed.
CREATE TABLE catalog.contact_request (
    id               uuid         PRIMARY KEY,
    model_id         uuid         NOT NULL REFERENCES catalog.model (id) ON DELETE CASCADE,
    journalist_id    uuid         NOT NULL,
    journalist_name  varchar(200) NOT NULL,
    purpose          text         NOT NULL CHECK (length(trim(purpose)) > 0),
    status           varchar(16)  NOT NULL CHECK (status IN ('PENDING', 'GRANTED', 'REFUSED')),
    requested_at     timestamptz  NOT NULL,
    answered_by      uuid,
    answered_by_name varchar(200),
    answer_note      text,
    answered_at      timestamptz,
    CHECK ((status = 'PENDING') = (answered_at IS NULL))
);
-- One open request per journalist and model: asking again while one waits is the same request.
CREATE UNIQUE INDEX contact_request_open_idx ON catalog.contact_request (model_id, journalist_id)
    WHERE status = 'PENDING';
CREATE INDEX contact_request_journalist_idx ON catalog.contact_request (journalist_id, requested_at DESC);
CREATE INDEX contact_request_pending_idx ON catalog.contact_request (requested_at) WHERE status = 'PENDING';

-- Who asked, who granted or refused, when, and why.
CREATE TABLE catalog.contact_request_event (
    id         bigserial    PRIMARY KEY,
    request_id uuid         NOT NULL REFERENCES catalog.contact_request (id) ON DELETE CASCADE,
    action     varchar(16)  NOT NULL CHECK (action IN ('REQUESTED', 'GRANTED', 'REFUSED')),
    actor_id   uuid         NOT NULL,
    actor_name varchar(200) NOT NULL,
    detail     text,
    at         timestamptz  NOT NULL
);
CREATE INDEX contact_request_event_request_idx ON catalog.contact_request_event (request_id, id);
