package vn.danvankheo.catalog;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import vn.danvankheo.accounts.Unit;
import vn.danvankheo.accounts.UnitRegistry;
import vn.danvankheo.catalog.GeneratedModels.Generated;
import vn.danvankheo.places.AdminUnit;
import vn.danvankheo.places.AdminUnits;
import vn.danvankheo.places.LocalityCheck;
import vn.danvankheo.places.LocalityResolver;
import vn.danvankheo.places.LocalityResolver.Coordinates;
import vn.danvankheo.places.UnitLevel;

/**
 * Where a batch of generated models stands and who registers them, looked up for the whole batch as
 * {@link ModelCatalog#register} looks them up for one model: the registering unit (an unknown one refused), the
 * commune and province on the day of registration, whether the point lies in the commune, and the names in force
 * today. Units and names are kept between batches: a seed asks for the same few thousand again and again.
 */
final class GeneratedPlaces {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final AdminUnits adminUnits;
    private final UnitRegistry registeringUnits;
    private final LocalityResolver localities;
    private final Map<String, AdminUnit> unitsOnDay = new ConcurrentHashMap<>();
    private final Map<String, AdminUnit> unitsToday = new ConcurrentHashMap<>();

    GeneratedPlaces(AdminUnits adminUnits, UnitRegistry registeringUnits, LocalityResolver localities) {
        this.adminUnits = adminUnits;
        this.registeringUnits = registeringUnits;
        this.localities = localities;
    }

    Map<UUID, Unit> registeringUnits(List<Generated> batch) {
        Map<UUID, Unit> found = registeringUnits.findAll(batch.stream()
                .map(generated -> generated.model().registeringUnitId())
                .collect(Collectors.toSet()));
        batch.forEach(generated -> {
            if (!found.containsKey(generated.model().registeringUnitId())) {
                throw new InvalidModelException("Cơ quan, đơn vị đăng ký không có trong danh sách.");
            }
        });
        return found;
    }

    /** The point is checked for the whole batch in one query; one outside its commune is checked singly. */
    List<RecordedLocality> localities(List<Generated> batch) {
        List<String> covering = localities.communesCovering(batch.stream()
                .map(generated -> new Coordinates(
                        generated.model().location().latitude(),
                        generated.model().location().longitude()))
                .toList());
        List<RecordedLocality> recorded = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            ModelLocation location = batch.get(i).model().location();
            LocalDate day = LocalDate.ofInstant(batch.get(i).registeredAt(), VIETNAM);
            AdminUnit commune = unitOn(location.communeCode(), day);
            if (commune.level() != UnitLevel.COMMUNE) {
                throw new InvalidModelException(
                        "Mã xã, phường, đặc khu \"" + location.communeCode() + "\" không có trong danh mục.");
            }
            AdminUnit province = unitOn(commune.provinceCode(), day);
            if (commune.code().equals(covering.get(i))) {
                recorded.add(new RecordedLocality(commune, province, true, null));
            } else {
                LocalityCheck check = localities.check(commune.code(), location.latitude(), location.longitude());
                recorded.add(new RecordedLocality(
                        commune, province, check.agrees(), check.agrees() ? null : check.message()));
            }
        }
        return recorded;
    }

    ModelView.TodaysNames today(Model model) {
        return new ModelView.TodaysNames(
                unitToday(model.communeCode()).fullName(),
                unitToday(model.provinceCode()).fullName());
    }

    private AdminUnit unitOn(String code, LocalDate day) {
        return unitsOnDay.computeIfAbsent(
                code + "@" + day,
                key -> adminUnits
                        .find(code, day)
                        .orElseThrow(() -> new InvalidModelException(
                                "Mã xã, phường, đặc khu \"" + code + "\" không có trong danh mục đơn vị hành chính.")));
    }

    private AdminUnit unitToday(String code) {
        return unitsToday.computeIfAbsent(code, key -> adminUnits.current(key).orElseThrow());
    }
}
