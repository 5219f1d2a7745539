package vn.danvankheo.search;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.danvankheo.places.AdminUnit;
import vn.danvankheo.places.AdminUnits;

/**
 * Today's full province names by code, read from the places capability once: the province facet is labelled from
 * here rather than by a sub-aggregation over the index's names, which cost every search a second aggregation per
 * province.
 */
@Component
class ProvinceNames {

    private final AdminUnits units;
    private volatile Map<String, String> byCode = Map.of();

    ProvinceNames(AdminUnits units) {
        this.units = units;
    }

    /** Whether {@link #byCode} can no longer block. */
    boolean ready() {
        return !byCode.isEmpty();
    }

    /** Blocking on first use (read from PostGIS); call it off the event loop. */
    Map<String, String> byCode() {
        Map<String, String> loaded = byCode;
        if (loaded.isEmpty()) {
            loaded = units.provinces().stream()
                    .collect(Collectors.toUnmodifiableMap(AdminUnit::code, AdminUnit::fullName));
            byCode = loaded;
        }
        return loaded;
    }
}
