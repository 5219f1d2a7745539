-- Models name their registering unit by its id (ADR 12). A model's unit was the text it was registered with; it is
-- matched here, once, to the units the accounts migration made from the contributors' unit names: a unit of the
-- same name (case and spacing aside) in the model's commune, else one of its province. A model no unit matches gets a
-- unit of its own, made from its text in its commune, so it keeps an owner. Every model not matched in its own commune
-- is listed in catalog.unit_match_report for an administrator to check: a renamed unit shows up there as two units.
-- Reading the accounts' table here is the one-off exception to capabilities keeping to their own tables.
ALTER TABLE catalog.model ADD COLUMN registering_unit_id uuid;

CREATE TABLE catalog.unit_match_report (
    model_id         uuid         PRIMARY KEY,
    registering_unit varchar(300) NOT NULL,
    province_code    varchar(2)   NOT NULL,
    commune_code     varchar(5)   NOT NULL,
    outcome          varchar(30)  NOT NULL CHECK (outcome IN ('MATCHED_PROVINCE_UNIT', 'UNIT_CREATED')),
    unit_id          uuid         NOT NULL,
    reported_at      timestamptz  NOT NULL DEFAULT now()
);

UPDATE catalog.model m SET registering_unit_id = (
    SELECT u.id FROM accounts.unit u
    WHERE lower(u.name) = lower(btrim(regexp_replace(m.registering_unit, '\s+', ' ', 'g')))
      AND u.province_code = m.province_code
      AND (u.commune_code IS NULL OR u.commune_code = m.commune_code)
    ORDER BY u.commune_code NULLS LAST, u.created_at, u.id
    LIMIT 1);

INSERT INTO catalog.unit_match_report (model_id, registering_unit, province_code, commune_code, outcome, unit_id)
SELECT m.id, m.registering_unit, m.province_code, m.commune_code, 'MATCHED_PROVINCE_UNIT', m.registering_unit_id
FROM catalog.model m JOIN accounts.unit u ON u.id = m.registering_unit_id
WHERE u.commune_code IS NULL;

INSERT INTO accounts.unit (id, name, kind, province_code, commune_code, created_at)
SELECT gen_random_uuid(), min(btrim(regexp_replace(registering_unit, '\s+', ' ', 'g'))), 'OTHER', province_code,
       commune_code, now()
FROM catalog.model
WHERE registering_unit_id IS NULL
GROUP BY lower(btrim(regexp_replace(registering_unit, '\s+', ' ', 'g'))), province_code, commune_code;

INSERT INTO catalog.unit_match_report (model_id, registering_unit, province_code, commune_code, outcome, unit_id)
SELECT m.id, m.registering_unit, m.province_code, m.commune_code, 'UNIT_CREATED', u.id
FROM catalog.model m JOIN accounts.unit u
    ON lower(u.name) = lower(btrim(regexp_replace(m.registering_unit, '\s+', ' ', 'g')))
   AND u.province_code = m.province_code AND u.commune_code = m.commune_code AND u.parent_id IS NULL
WHERE m.registering_unit_id IS NULL;

UPDATE catalog.model m SET registering_unit_id = r.unit_id
FROM catalog.unit_match_report r
WHERE r.model_id = m.id AND m.registering_unit_id IS NULL;

ALTER TABLE catalog.model ALTER COLUMN registering_unit_id SET NOT NULL;
CREATE INDEX model_registering_unit_idx ON catalog.model (registering_unit_id, updated_at DESC);
