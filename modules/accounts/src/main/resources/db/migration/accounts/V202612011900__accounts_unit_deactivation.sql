-- A unit that stops existing (merged, dissolved) is deactivated, never deleted: its models, accounts and audit entries
-- keep pointing at it, and it is no longer offered for new accounts or as a parent.
ALTER TABLE accounts.unit ADD COLUMN deactivated_at timestamptz;
