-- Administrative units after 1 July 2025: 34 province-level and 3,321 commune-level units (QĐ 19/2025/QĐ-TTg).
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE SCHEMA IF NOT EXISTS places;

CREATE TABLE places.admin_unit (
    code          varchar(5)  PRIMARY KEY CHECK (code ~ '^([0-9]{2}|[0-9]{5})$'),
    level         varchar(10) NOT NULL CHECK (level IN ('PROVINCE', 'COMMUNE')),
    province_code varchar(2)  NOT NULL CHECK (province_code ~ '^[0-9]{2}$'),
    area_km2      numeric(12, 2),
    label_point   geometry(Point, 4326) NOT NULL,
    -- About 11 m generalisation: what points are resolved against.
    boundary      geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(boundary)),
    -- About 90 m generalisation on shared arcs, for drawing; provinces also get a coarse one for small scales.
    outline       geometry(MultiPolygon, 4326) NOT NULL,
    outline_coarse geometry(MultiPolygon, 4326),
    CHECK ((level = 'PROVINCE') = (length(code) = 2))
);
CREATE INDEX admin_unit_boundary_gix ON places.admin_unit USING gist (boundary);
CREATE INDEX admin_unit_outline_gix ON places.admin_unit USING gist (outline);
CREATE INDEX admin_unit_province_idx ON places.admin_unit (province_code, level);

-- Names and types change (e.g. 30 April 2026: Đồng Nai became a city, ten xã became phường): every version is
-- kept with the dates it was in force, so a model keeps the locality it had and can show today's name beside it.
CREATE TABLE places.admin_unit_name (
    code             varchar(5)   NOT NULL REFERENCES places.admin_unit (code),
    valid_from       date         NOT NULL,
    valid_to         date,
    name             varchar(120) NOT NULL,
    full_name        varchar(160) NOT NULL,
    name_en          varchar(160) NOT NULL,
    full_name_en     varchar(200) NOT NULL,
    unit_type        varchar(20)  NOT NULL CHECK (unit_type IN ('Tỉnh', 'Thành phố', 'Xã', 'Phường', 'Đặc khu')),
    name_folded      varchar(120) NOT NULL,
    full_name_folded varchar(160) NOT NULL,
    PRIMARY KEY (code, valid_from),
    CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE INDEX admin_unit_name_folded_idx ON places.admin_unit_name (name_folded);
CREATE INDEX admin_unit_name_full_folded_idx ON places.admin_unit_name (full_name_folded);

-- Communes of the 63-province era and where they went on 1 July 2025 (dvhcvn/20250701, MIT).
CREATE TABLE places.former_commune (
    old_province_code varchar(2)   NOT NULL,
    old_province_name varchar(160) NOT NULL,
    old_commune_code  varchar(5)   NOT NULL,
    old_commune_name  varchar(160) NOT NULL,
    old_name_folded   varchar(160) NOT NULL,
    new_commune_code  varchar(5)   NOT NULL REFERENCES places.admin_unit (code),
    merge_type        varchar(7)   NOT NULL CHECK (merge_type IN ('full', 'partial')),
    PRIMARY KEY (old_commune_code, new_commune_code)
);
CREATE INDEX former_commune_name_idx ON places.former_commune (old_name_folded);

-- What was loaded from which file, so loading again is a no-op unless the data changed.
CREATE TABLE places.dataset (
    name      varchar(60) PRIMARY KEY,
    sha256    char(64)    NOT NULL,
    loaded_at timestamptz NOT NULL,
    rows      integer     NOT NULL
);
