-- An e-mail address to reach the person (invitations, forgotten passwords), the last sign-in for administrators to
-- see, and one-time links that let the holder set a password: the first administrator's, an invitation's, a reset's.
ALTER TABLE accounts.account ADD COLUMN email varchar(254) CHECK (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$');
CREATE UNIQUE INDEX account_email_idx ON accounts.account (lower(email));
ALTER TABLE accounts.account ADD COLUMN last_signed_in_at timestamptz;

-- Only a hash of the token is kept: the link itself exists only in the mail or on the terminal it was given to.
CREATE TABLE accounts.password_link (
    token_hash varchar(64) PRIMARY KEY,
    account_id uuid        NOT NULL REFERENCES accounts.account (id) ON DELETE CASCADE,
    purpose    varchar(30) NOT NULL CHECK (purpose IN ('FIRST_ADMINISTRATOR', 'INVITATION', 'RESET')),
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);
CREATE INDEX password_link_account_idx ON accounts.password_link (account_id);
