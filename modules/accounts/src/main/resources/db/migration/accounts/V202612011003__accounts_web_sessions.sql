-- Sign-in sessions in the database every instance shares, so any instance behind the load balancer knows who is
-- signed in, and ending an account's sessions (disabled, role or scope changed) is one DELETE.
CREATE TABLE accounts.web_session (
    id               varchar(64) PRIMARY KEY,
    account_id       uuid        REFERENCES accounts.account (id) ON DELETE CASCADE,
    created_at       timestamptz NOT NULL,
    last_accessed_at timestamptz NOT NULL,
    max_idle_seconds integer     NOT NULL CHECK (max_idle_seconds > 0),
    expires_at       timestamptz NOT NULL,
    attributes       bytea       NOT NULL
);
CREATE INDEX web_session_account_idx ON accounts.web_session (account_id);
CREATE INDEX web_session_expires_idx ON accounts.web_session (expires_at);

