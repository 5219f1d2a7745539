-- Accounts and the unit and locality each may act for. Other capabilities ask the accounts API, never this table.
CREATE SCHEMA IF NOT EXISTS accounts;

CREATE TABLE accounts.account (
    id              uuid         PRIMARY KEY,
    username        varchar(80)  NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,79}$'),
    display_name    varchar(200) NOT NULL,
    password_hash   varchar(255) NOT NULL,
    role            varchar(30)  NOT NULL
        CHECK (role IN ('CONTRIBUTOR', 'MODERATOR', 'COMMITTEE_MEMBER', 'ADMINISTRATOR', 'JOURNALIST')),
    unit_name       varchar(300),
    province_code   varchar(2)   CHECK (province_code ~ '^[0-9]{2}$'),
    commune_code    varchar(5)   CHECK (commune_code ~ '^[0-9]{5}$'),
    committee_level varchar(20)  CHECK (committee_level IN ('GRASSROOTS', 'PROVINCIAL', 'CENTRAL')),
    enabled         boolean      NOT NULL DEFAULT true,
    created_at      timestamptz  NOT NULL,
    -- A commune scope always names its province, so a province-wide check never needs a lookup.
    CHECK (commune_code IS NULL OR province_code IS NOT NULL),
    CHECK (role <> 'CONTRIBUTOR' OR (unit_name IS NOT NULL AND province_code IS NOT NULL)),
    CHECK (role <> 'MODERATOR' OR province_code IS NOT NULL),
    CHECK ((role = 'COMMITTEE_MEMBER') = (committee_level IS NOT NULL))
);

-- Failed logins, kept for the throttling window; several instances share them through the database.
CREATE TABLE accounts.login_failure (
    id             bigserial   PRIMARY KEY,
    username       varchar(80) NOT NULL,
    remote_address varchar(64) NOT NULL,
    failed_at      timestamptz NOT NULL
);
CREATE INDEX login_failure_username_idx ON accounts.login_failure (username, failed_at);
CREATE INDEX login_failure_address_idx ON accounts.login_failure (remote_address, failed_at);
