package vn.danvankheo.places.coordinates;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the point in a link copied from Google Maps, OpenStreetMap, Apple Maps or Bing Maps, or in a {@code geo:} URI.
 * A link often holds two points, the place and the centre of the view; the place wins because the view only shows
 * where the person had scrolled to.
 */
final class MapLink {

    private static final String NUMBER = "([-+]?\\d{1,3}(?:\\.\\d+)?)";
    private static final Pattern LINK_START = Pattern.compile(
            "^(?:[a-z][a-z0-9+.-]*://|geo:|www\\.|maps\\.|[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}/)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HOST =
            Pattern.compile("^(?:[a-z][a-z0-9+.-]*://)?([^/?#:@]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern GEO_URI = Pattern.compile("^geo:" + NUMBER + "," + NUMBER, Pattern.CASE_INSENSITIVE);
    private static final Pattern GOOGLE_PLACE = Pattern.compile("!3d" + NUMBER + "!4d" + NUMBER);
    private static final Pattern GOOGLE_VIEW = Pattern.compile("@" + NUMBER + "," + NUMBER);
    private static final Pattern OSM_VIEW = Pattern.compile("#map=\\d+(?:\\.\\d+)?/" + NUMBER + "/" + NUMBER);
    private static final Pattern PATH_POINT = Pattern.compile("/(?:place|search)/([^/?#@]+)");
    private static final Pattern PAIR = Pattern.compile(
            "^\\s*(?:loc:)?\\s*" + NUMBER + "\\s*[,~]\\s*" + NUMBER + "\\s*(?:\\(.*\\))?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> SHORTENERS =
            Set.of("goo.gl", "maps.app.goo.gl", "g.co", "g.page", "bit.ly", "tinyurl.com");
    // Parameters naming the place itself come before those naming where the map is looking.
    private static final List<String> PLACE_PARAMETERS = List.of("q", "query", "destination", "daddr", "coordinate");
    private static final List<String> VIEW_PARAMETERS = List.of("cp", "center");

    private MapLink() {}

    static boolean looksLikeLink(String text) {
        return LINK_START.matcher(text).find();
    }

    static ReadCoordinate read(String link) {
        String host = hostOf(link);
        if (SHORTENERS.contains(host) || host.endsWith(".goo.gl") || link.contains("osm.org/go/")) {
            throw InvalidCoordinateException.shortLink(host);
        }
        Found found = (host.equals("geo") ? fromGeoUri(link) : fromWebMap(link, siteName(host)))
                .orElseThrow(InvalidCoordinateException::linkWithoutCoordinates);
        return found.point().as(CoordinateFormat.MAP_LINK, List.of(found.note()));
    }

    private record Found(LatLon point, String note) {}

    private static Optional<Found> fromGeoUri(String link) {
        Matcher matcher = GEO_URI.matcher(link);
        if (!matcher.find()) {
            return Optional.empty();
        }
        LatLon point = pointOf(matcher);
        // Android writes geo:0,0?q=lat,lon(label) when the point is only in the query.
        if (point.latitude() == 0 && point.longitude() == 0) {
            return pair(parameters(link).get("q")).map(inQuery -> new Found(inQuery, placeNote("geo")));
        }
        return Optional.of(new Found(point, placeNote("geo")));
    }

    private static Optional<Found> fromWebMap(String link, String site) {
        Matcher place = GOOGLE_PLACE.matcher(link);
        LatLon marked = null;
        while (place.find()) {
            marked = pointOf(place);
        }
        if (marked != null) {
            return Optional.of(new Found(
                    marked,
                    GOOGLE_VIEW.matcher(link).find()
                            ? "Đã lấy vị trí địa điểm (!3d, !4d) trong liên kết " + site
                                    + ", không lấy tâm khung nhìn (@)."
                            : placeNote(site)));
        }
        Map<String, String> parameters = parameters(link);
        if (parameters.containsKey("mlat") && parameters.containsKey("mlon")) {
            return pair(parameters.get("mlat") + "," + parameters.get("mlon")).map(p -> new Found(p, placeNote(site)));
        }
        for (String name : PLACE_PARAMETERS) {
            Optional<LatLon> point = pair(parameters.get(name));
            if (point.isPresent()) {
                return Optional.of(new Found(point.get(), placeNote(site)));
            }
        }
        // Apple's ll is the pin, Google's legacy ll only the view.
        Optional<LatLon> ll = pair(parameters.get("ll"));
        if (ll.isPresent()) {
            return Optional.of(new Found(ll.get(), site.equals("Google Maps") ? viewNote(site) : placeNote(site)));
        }
        Optional<LatLon> inPath = pathPoint(link);
        if (inPath.isPresent()) {
            return Optional.of(new Found(inPath.get(), placeNote(site)));
        }
        for (String name : VIEW_PARAMETERS) {
            Optional<LatLon> point = pair(parameters.get(name));
            if (point.isPresent()) {
                return Optional.of(new Found(point.get(), viewNote(site)));
            }
        }
        Optional<LatLon> searchArea = pair(parameters.get("sll"));
        if (searchArea.isPresent()) {
            return Optional.of(new Found(
                    searchArea.get(),
                    "Đã lấy điểm gốc của vùng tìm kiếm (sll) trong liên kết " + site
                            + "; điểm này có thể lệch khỏi địa điểm cần chỉ."));
        }
        for (Pattern view : List.of(OSM_VIEW, GOOGLE_VIEW)) {
            Matcher matcher = view.matcher(link);
            if (matcher.find()) {
                return Optional.of(new Found(pointOf(matcher), viewNote(site)));
            }
        }
        String longitude = parameters.getOrDefault("lon", parameters.get("lng"));
        if (parameters.containsKey("lat") && longitude != null) {
            return pair(parameters.get("lat") + "," + longitude).map(p -> new Found(p, placeNote(site)));
        }
        return Optional.empty();
    }

    /** Google names a dropped pin by its coordinates: /maps/place/21°01'42.6"N+105°51'15.1"E/@... */
    private static Optional<LatLon> pathPoint(String link) {
        Matcher matcher = PATH_POINT.matcher(link);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            ReadCoordinate read = DegreesText.read(decoded(matcher.group(1)));
            return Optional.of(new LatLon(read.latitude(), read.longitude()));
        } catch (InvalidCoordinateException placeName) {
            return Optional.empty();
        }
    }

    private static Optional<LatLon> pair(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher matcher = PAIR.matcher(value);
        return matcher.matches() ? Optional.of(pointOf(matcher)) : Optional.empty();
    }

    private static LatLon pointOf(Matcher matcher) {
        return new LatLon(Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2)));
    }

    private static Map<String, String> parameters(String link) {
        Map<String, String> parameters = new LinkedHashMap<>();
        int query = link.indexOf('?');
        if (query < 0) {
            return parameters;
        }
        int fragment = link.indexOf('#', query);
        String part = link.substring(query + 1, fragment < 0 ? link.length() : fragment);
        for (String pair : part.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.putIfAbsent(
                        pair.substring(0, equals).toLowerCase(Locale.ROOT), decoded(pair.substring(equals + 1)));
            }
        }
        return parameters;
    }

    private static String decoded(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return value;
        }
    }

    private static String hostOf(String link) {
        Matcher matcher = HOST.matcher(link.strip());
        return matcher.find() ? matcher.group(1).toLowerCase(Locale.ROOT) : "";
    }

    private static String siteName(String host) {
        if (host.contains("google.")) {
            return "Google Maps";
        }
        if (host.contains("openstreetmap.") || host.equals("osm.org")) {
            return "OpenStreetMap";
        }
        if (host.contains("apple.")) {
            return "Apple Maps";
        }
        if (host.contains("bing.")) {
            return "Bing Maps";
        }
        return host;
    }

    private static String placeNote(String site) {
        return "Đã lấy tọa độ điểm trong liên kết " + site + ".";
    }

    private static String viewNote(String site) {
        return "Đã lấy tâm khung nhìn của liên kết " + site + "; tâm này có thể lệch khỏi điểm cần chỉ.";
    }
}
