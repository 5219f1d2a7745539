-- "Nhân rộng": a model may name the earlier model it replicates or learned from. Removing the original (only generated
-- data is ever deleted) leaves the replication standing, without its link.
ALTER TABLE catalog.model
    ADD COLUMN replicates_id uuid REFERENCES catalog.model (id) ON DELETE SET NULL,
    ADD CONSTRAINT model_replicates_other CHECK (replicates_id <> id);

-- The model page lists where a model was replicated: the reverse of the link, read by the original's id.
CREATE INDEX model_replicates_idx ON catalog.model (replicates_id) WHERE replicates_id IS NOT NULL;
