-- The recognition workflow: campaigns, registrations and every step a registration goes through. Other capabilities
-- ask the recognition API, never these tables. Models and units are opaque here: a model is the catalog's id, a unit
-- the accounts' unit id. Names are kept as they stood when the step was taken, for the signed annexes.
CREATE SCHEMA IF NOT EXISTS recognition;

CREATE TABLE recognition.campaign (
    id                        uuid         PRIMARY KEY,
    level                     varchar(20)  NOT NULL CHECK (level IN ('GRASSROOTS', 'PROVINCIAL', 'CENTRAL')),
    year                      integer      NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    title                     varchar(400) NOT NULL,
    organiser_id              uuid         NOT NULL,
    organiser_name            varchar(300) NOT NULL,
    province_code             varchar(2)   CHECK (province_code ~ '^[0-9]{2}$'),
    commune_code              varchar(5)   CHECK (commune_code ~ '^[0-9]{5}$'),
    criteria_set_id           varchar(100) NOT NULL,
    registration_due          date         NOT NULL,
    six_month_report_due      date         NOT NULL,
    nominations_due           date         NOT NULL,
    annual_report_due         date         NOT NULL,
    late_registrations        varchar(10)  NOT NULL CHECK (late_registrations IN ('REFUSE', 'MARK_LATE')),
    min_evaluators            integer      NOT NULL CHECK (min_evaluators BETWEEN 1 AND 20),
    target_units_with_model   integer      NOT NULL CHECK (target_units_with_model BETWEEN 0 AND 100),
    target_nominations        integer      NOT NULL CHECK (target_nominations >= 0),
    opened_by                 uuid,
    opened_at                 timestamptz  NOT NULL,
    CHECK (commune_code IS NULL OR province_code IS NOT NULL)
);

CREATE TABLE recognition.registration (
    id                       uuid         PRIMARY KEY,
    campaign_id              uuid         NOT NULL REFERENCES recognition.campaign (id),
    model_id                 uuid         NOT NULL,
    model_name               varchar(300) NOT NULL,
    owner_name               varchar(300) NOT NULL,
    owner_kind               varchar(20)  NOT NULL CHECK (owner_kind IN ('COLLECTIVE', 'INDIVIDUAL')),
    owner_leads              boolean      NOT NULL,
    field                    varchar(60)  NOT NULL,
    unit_id                  uuid         NOT NULL,
    unit_name                varchar(300) NOT NULL,
    province_code            varchar(2)   NOT NULL,
    commune_code             varchar(5)   NOT NULL,
    kind                     varchar(12)  NOT NULL CHECK (kind IN ('NEW', 'CONTINUING')),
    previous_registration_id uuid         REFERENCES recognition.registration (id),
    targets                  jsonb        NOT NULL,
    late                     boolean      NOT NULL,
    launched_on              date,
    launch_note              text,
    status                   varchar(20)  NOT NULL CHECK (status IN ('REGISTERED', 'SELF_ASSESSED',
                                 'UNDER_EVALUATION', 'RETURNED', 'RECOGNISED', 'NOT_RECOGNISED', 'NOMINATED')),
    current_level            varchar(20)  NOT NULL CHECK (current_level IN ('GRASSROOTS', 'PROVINCIAL', 'CENTRAL')),
    round                    integer      NOT NULL,
    returned_reason          text,
    registered_by            uuid         NOT NULL,
    registered_at            timestamptz  NOT NULL,
    UNIQUE (campaign_id, model_id),
    CHECK ((kind = 'CONTINUING') = (previous_registration_id IS NOT NULL)),
    CHECK (kind = 'NEW' OR launched_on IS NULL)
);
CREATE INDEX registration_queue_idx ON recognition.registration (current_level, status, province_code);

CREATE TABLE recognition.self_assessment (
    id              uuid         PRIMARY KEY,
    registration_id uuid         NOT NULL REFERENCES recognition.registration (id),
    round           integer      NOT NULL,
    scores          jsonb        NOT NULL,
    evidence        jsonb        NOT NULL,
    summary         text         NOT NULL,
    submitted_by    uuid         NOT NULL,
    submitted_at    timestamptz  NOT NULL
);

CREATE TABLE recognition.evaluation (
    id              uuid         PRIMARY KEY,
    registration_id uuid         NOT NULL REFERENCES recognition.registration (id),
    level           varchar(20)  NOT NULL,
    round           integer      NOT NULL,
    evaluator_id    uuid         NOT NULL,
    evaluator_name  varchar(200) NOT NULL,
    scores          jsonb        NOT NULL,
    comment         text         NOT NULL,
    evaluated_at    timestamptz  NOT NULL,
    UNIQUE (registration_id, level, round, evaluator_id)
);

CREATE TABLE recognition.decision (
    id              uuid         PRIMARY KEY,
    registration_id uuid         NOT NULL REFERENCES recognition.registration (id),
    level           varchar(20)  NOT NULL,
    year            integer      NOT NULL,
    recognised      boolean      NOT NULL,
    reasons         text         NOT NULL,
    reference       varchar(100) NOT NULL,
    decided_by      uuid         NOT NULL,
    decided_by_name varchar(200) NOT NULL,
    decided_at      timestamptz  NOT NULL,
    UNIQUE (registration_id, level)
);

-- How the level rated a unit for a year; an exemplary collective needs "hoàn thành tốt nhiệm vụ" or better.
CREATE TABLE recognition.unit_rating (
    unit_id   uuid         NOT NULL,
    year      integer      NOT NULL,
    rating    varchar(20)  NOT NULL CHECK (rating IN ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')),
    rated_by  uuid         NOT NULL,
    rated_at  timestamptz  NOT NULL,
    PRIMARY KEY (unit_id, year)
);

CREATE TABLE recognition.honour_event (
    id            uuid         PRIMARY KEY,
    level         varchar(20)  NOT NULL CHECK (level IN ('GRASSROOTS', 'PROVINCIAL', 'CENTRAL')),
    year          integer      NOT NULL,
    held_on       date         NOT NULL,
    title         varchar(400) NOT NULL,
    province_code varchar(2),
    commune_code  varchar(5),
    created_by    uuid         NOT NULL,
    created_at    timestamptz  NOT NULL
);

CREATE TABLE recognition.honour_event_registration (
    event_id        uuid NOT NULL REFERENCES recognition.honour_event (id),
    registration_id uuid NOT NULL REFERENCES recognition.registration (id),
    PRIMARY KEY (event_id, registration_id)
);

-- Every step taken, by whom and when; never updated or deleted.
CREATE TABLE recognition.audit_event (
    id              bigserial    PRIMARY KEY,
    campaign_id     uuid,
    registration_id uuid,
    action          varchar(40)  NOT NULL,
    actor_id        uuid,
    actor_name      varchar(200) NOT NULL,
    detail          text         NOT NULL,
    occurred_at     timestamptz  NOT NULL
);
CREATE INDEX audit_event_registration_idx ON recognition.audit_event (registration_id, id);
