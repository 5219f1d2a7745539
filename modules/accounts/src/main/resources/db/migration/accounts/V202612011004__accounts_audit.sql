-- Every change an administrator makes to an account or a unit, shown on the administration page. Names are copied,
-- so the trail still reads after an account is renamed.
CREATE TABLE accounts.audit_entry (
    id            bigserial    PRIMARY KEY,
    at            timestamptz  NOT NULL,
    actor_id      uuid,
    actor_name    varchar(200) NOT NULL,
    account_id    uuid         REFERENCES accounts.account (id) ON DELETE SET NULL,
    unit_id       uuid         REFERENCES accounts.unit (id) ON DELETE SET NULL,
    province_code varchar(2),
    action        varchar(40)  NOT NULL,
    detail        text         NOT NULL
);
CREATE INDEX audit_entry_at_idx ON accounts.audit_entry (at DESC);
CREATE INDEX audit_entry_province_idx ON accounts.audit_entry (province_code, at DESC);
