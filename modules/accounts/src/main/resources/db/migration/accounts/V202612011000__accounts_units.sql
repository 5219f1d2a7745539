-- Units ("cơ quan, đơn vị") as records of their own: a stable id, a kind, the locality they belong to and the unit
-- they answer to. Until now a unit was the text typed on a contributor's account, so two cells of one name were one
-- unit and a renamed unit lost its models.
CREATE TABLE accounts.unit (
    id            uuid         PRIMARY KEY,
    name          varchar(300) NOT NULL CHECK (btrim(name) <> '' AND name = btrim(name)),
    kind          varchar(30)  NOT NULL CHECK (kind IN ('PARTY_COMMITTEE', 'PARTY_CELL', 'PARTY_BOARD', 'FRONT',
        'MASS_ORGANISATION', 'AGENCY', 'ENTERPRISE', 'RESIDENTIAL_GROUP', 'OTHER')),
    province_code varchar(2)   CHECK (province_code ~ '^[0-9]{2}$'),
    commune_code  varchar(5)   CHECK (commune_code ~ '^[0-9]{5}$'),
    parent_id     uuid         REFERENCES accounts.unit (id),
    created_at    timestamptz  NOT NULL,
    CHECK (commune_code IS NULL OR province_code IS NOT NULL),
    CHECK (parent_id <> id)
);
CREATE INDEX unit_parent_idx ON accounts.unit (parent_id);
CREATE INDEX unit_locality_idx ON accounts.unit (province_code, commune_code);
-- Two units of one name are allowed only under different parents or in different localities.
CREATE UNIQUE INDEX unit_sibling_name_idx ON accounts.unit (
    coalesce(parent_id, '00000000-0000-0000-0000-000000000000'), coalesce(province_code, ''),
    coalesce(commune_code, ''), lower(name));

-- One unit for each unit name the contributors typed, in the locality of their accounts; names that differ only in
-- case or spacing were one unit for the write policy, so they stay one.
INSERT INTO accounts.unit (id, name, kind, province_code, commune_code, created_at)
SELECT gen_random_uuid(), min(btrim(regexp_replace(unit_name, '\s+', ' ', 'g'))), 'OTHER', province_code,
       commune_code, now()
FROM accounts.account
WHERE unit_name IS NOT NULL AND btrim(unit_name) <> ''
GROUP BY lower(btrim(regexp_replace(unit_name, '\s+', ' ', 'g'))), province_code, commune_code;

ALTER TABLE accounts.account ADD COLUMN unit_id uuid REFERENCES accounts.unit (id);
UPDATE accounts.account a SET unit_id = u.id
FROM accounts.unit u
WHERE lower(u.name) = lower(btrim(regexp_replace(a.unit_name, '\s+', ' ', 'g')))
  AND u.province_code IS NOT DISTINCT FROM a.province_code
  AND u.commune_code IS NOT DISTINCT FROM a.commune_code;
CREATE INDEX account_unit_idx ON accounts.account (unit_id);

-- Dropping the name drops the check that a contributor has one; the same rule now names the unit's id.
ALTER TABLE accounts.account DROP COLUMN unit_name;
ALTER TABLE accounts.account
    ADD CONSTRAINT account_contributor_unit CHECK (role <> 'CONTRIBUTOR' OR (unit_id IS NOT NULL AND province_code IS NOT NULL));
