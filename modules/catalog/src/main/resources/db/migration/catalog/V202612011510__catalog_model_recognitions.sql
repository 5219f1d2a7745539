-- Recognitions published by the recognition capability: the badges (level, year) a model shows on the map, its page
-- and in search. Written with an outbox row in the same transaction, so the read model hears of them.
CREATE TABLE catalog.model_recognition (
    model_id      uuid         NOT NULL REFERENCES catalog.model (id),
    level         varchar(20)  NOT NULL CHECK (level IN ('GRASSROOTS', 'PROVINCIAL', 'CENTRAL')),
    year          integer      NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    reference     varchar(100) NOT NULL,
    recognised_at timestamptz  NOT NULL,
    PRIMARY KEY (model_id, level, year)
);
