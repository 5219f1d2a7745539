-- Addresses an account has signed in from: while many addresses guess one username, these still get through, so a
-- distributed attacker cannot lock the owner out.
CREATE TABLE accounts.sign_in_address (
    username        varchar(80) NOT NULL,
    remote_address  varchar(64) NOT NULL,
    last_success_at timestamptz NOT NULL,
    PRIMARY KEY (username, remote_address)
);

CREATE INDEX login_failure_username_address_idx ON accounts.login_failure (username, remote_address, failed_at);
