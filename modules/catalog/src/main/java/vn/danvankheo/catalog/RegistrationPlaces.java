package vn.danvankheo.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import vn.danvankheo.places.AdminUnit;
import vn.danvankheo.places.AdminUnits;
import vn.danvankheo.places.LocalityCheck;
import vn.danvankheo.places.LocalityResolver;
import vn.danvankheo.places.UnitLevel;

/**
 * Where a registration lies: the commune it declares and the province, named as on the day, and whether its point
 * lies in that commune. Blocking, inside the registration's transaction.
 */
@Component
class RegistrationPlaces {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final AdminUnits adminUnits;
    private final LocalityResolver localities;

    RegistrationPlaces(AdminUnits adminUnits, LocalityResolver localities) {
        this.adminUnits = adminUnits;
        this.localities = localities;
    }

    /** The commune a registration declares, named as in force on that day in Viet Nam. */
    AdminUnit communeOf(NewModel given, Instant now) {
        String code = given.location().communeCode();
        return adminUnits
                .find(code, LocalDate.ofInstant(now, VIETNAM))
                .filter(unit -> unit.level() == UnitLevel.COMMUNE)
                .orElseThrow(() ->
                        new InvalidModelException("Mã xã, phường, đặc khu \"" + code + "\" không có trong danh mục."));
    }

    /** The province named as on the day of registration; the point is checked against the commune, not replaced. */
    RecordedLocality locality(NewModel given, AdminUnit commune, Instant now) {
        AdminUnit province = adminUnits
                .find(commune.provinceCode(), LocalDate.ofInstant(now, VIETNAM))
                .orElseThrow();
        LocalityCheck check = localities.check(
                commune, given.location().latitude(), given.location().longitude());
        return new RecordedLocality(commune, province, check.agrees(), check.agrees() ? null : check.message());
    }
}
