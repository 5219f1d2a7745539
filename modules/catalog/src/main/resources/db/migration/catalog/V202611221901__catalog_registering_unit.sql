-- The unit that registered a model: contributors may change only their own unit's models. Models saved before
-- this column existed were registered by their owner collective, the best record there is of the unit.
ALTER TABLE catalog.model ADD COLUMN registering_unit varchar(300);
UPDATE catalog.model SET registering_unit = owner_name;
ALTER TABLE catalog.model ALTER COLUMN registering_unit SET NOT NULL;
