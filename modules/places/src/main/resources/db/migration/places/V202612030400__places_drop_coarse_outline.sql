-- The map's outlines for national zooms are now made from the detailed outline for each zoom (ADR 0031);
-- the single coarse one is read by nothing.
ALTER TABLE places.admin_unit DROP COLUMN outline_coarse;
