-- Land of the neighbouring countries near Viet Nam (Natural Earth, public domain): tells a point on foreign land
-- near the border from a point at sea near the coast, which distance alone cannot.
CREATE TABLE places.neighbour_land (
    iso_a3  char(3)      PRIMARY KEY,
    name_vi varchar(60)  NOT NULL,
    name_en varchar(60)  NOT NULL,
    land    geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(land))
);
CREATE INDEX neighbour_land_gix ON places.neighbour_land USING gist (land);
