package vn.danvankheo.places;

/** A map viewport in WGS 84 degrees, as Leaflet's {@code getBounds().toBBoxString()} gives it. */
public record BoundingBox(double west, double south, double east, double north) {

    public BoundingBox {
        if (!(Double.isFinite(west) && Double.isFinite(south) && Double.isFinite(east) && Double.isFinite(north))) {
            throw new InvalidPlaceRequestException("Khung bản đồ phải gồm bốn số.");
        }
        if (south < -90 || north > 90 || south > north) {
            throw new InvalidPlaceRequestException("Vĩ độ của khung bản đồ phải nằm trong -90 đến 90, nam trước bắc.");
        }
        if (west < -180 || east > 180 || west > east) {
            throw new InvalidPlaceRequestException(
                    "Kinh độ của khung bản đồ phải nằm trong -180 đến 180, tây trước đông.");
        }
    }

    /** Parses "west,south,east,north". */
    public static BoundingBox parse(String text) {
        String[] parts = text == null ? new String[0] : text.split(",");
        if (parts.length != 4) {
            throw new InvalidPlaceRequestException(
                    "Khung bản đồ (bbox) phải có dạng tây,nam,đông,bắc, ví dụ 102.1,8.4,109.5,23.4.");
        }
        try {
            return new BoundingBox(
                    Double.parseDouble(parts[0].strip()),
                    Double.parseDouble(parts[1].strip()),
                    Double.parseDouble(parts[2].strip()),
                    Double.parseDouble(parts[3].strip()));
        } catch (NumberFormatException e) {
            throw new InvalidPlaceRequestException("Khung bản đồ (bbox) chỉ gồm số, cách nhau bằng dấu phẩy.");
        }
    }

    /** As {@link #parse} reads it, to 5 decimals (about a metre), for an address. */
    public String parameter() {
        return String.format(java.util.Locale.ROOT, "%.5f,%.5f,%.5f,%.5f", west, south, east, north);
    }

    public static BoundingBox world() {
        return new BoundingBox(-180, -90, 180, 90);
    }
}
