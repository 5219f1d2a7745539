-- Where each model search has indexed is, or was, so the map can hold every published model's position in memory
-- and learn of changes made by any instance by asking for the rows changed since it last asked (ADR 0033). Written
-- with the kept document, after Elasticsearch accepted the change; a model no longer published keeps its row, marked
-- so, because a withdrawal is a change the other instances must also learn of. Only search reads or writes it.
CREATE TABLE search.map_position (
    model_id   uuid             PRIMARY KEY,
    latitude   double precision NOT NULL,
    longitude  double precision NOT NULL,
    published  boolean          NOT NULL,
    changed_at timestamptz      NOT NULL DEFAULT clock_timestamp()
);

CREATE INDEX map_position_changed_at ON search.map_position (changed_at);

INSERT INTO search.map_position (model_id, latitude, longitude, published)
SELECT model_id, (kept.document -> 'location' ->> 'lat')::double precision,
       (kept.document -> 'location' ->> 'lon')::double precision, true
FROM (SELECT model_id, convert_from(document, 'UTF8')::jsonb AS document FROM search.indexed_document) kept
WHERE kept.document -> 'location' ->> 'lat' IS NOT NULL;
