-- The document search last indexed for each published model, as the bytes Elasticsearch was sent, so a full rebuild
-- streams them instead of making every document again from the catalog (ADR 0029). Only search reads or writes it;
-- a row of an older format is ignored and made again from the catalog. A model no longer published has no row.
CREATE SCHEMA IF NOT EXISTS search;

CREATE TABLE search.indexed_document (
    model_id uuid    PRIMARY KEY,
    format   integer NOT NULL,
    document bytea   NOT NULL
);
