package vn.danvankheo.seed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import vn.danvankheo.accounts.NewUnit;
import vn.danvankheo.accounts.UnitKind;
import vn.danvankheo.accounts.UnitRegistry.GeneratedUnit;

/**
 * The units a commune's models are registered by, the same for every seed so that two seeds loaded into one database
 * share them: the party committee, and under it the front, the socio-political organisations and a few residential
 * groups. Ids follow from the commune, so a resumed run finds them again. Names say they are test data, so they never
 * clash with a real unit of the commune.
 */
final class CommuneUnits {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String MARK = " (dữ liệu thử)";
    private static final int RESIDENTIAL_GROUPS = 3;

    private CommuneUnits() {}

    /** Parents first, as the bulk door wants them. */
    static List<GeneratedUnit> of(CommuneDraw.Commune commune) {
        String place = commune.type().toLowerCase(VI) + " " + commune.name();
        boolean ward = commune.type().equalsIgnoreCase("Phường");
        UUID committee = id(commune, "party-committee");
        List<GeneratedUnit> units = new ArrayList<>();
        units.add(unit(commune, committee, "Đảng ủy " + place, UnitKind.PARTY_COMMITTEE, null));
        units.add(unit(commune, "front", "Ủy ban Mặt trận Tổ quốc Việt Nam " + place, UnitKind.FRONT, committee));
        units.add(unit(commune, "women", "Hội Liên hiệp Phụ nữ " + place, UnitKind.MASS_ORGANISATION, committee));
        if (!ward) {
            units.add(unit(commune, "farmers", "Hội Nông dân " + place, UnitKind.MASS_ORGANISATION, committee));
        }
        units.add(unit(commune, "youth", "Đoàn Thanh niên " + place, UnitKind.MASS_ORGANISATION, committee));
        units.add(unit(commune, "veterans", "Hội Cựu chiến binh " + place, UnitKind.MASS_ORGANISATION, committee));
        for (int group = 1; group <= RESIDENTIAL_GROUPS; group++) {
            units.add(unit(
                    commune,
                    "residential-" + group,
                    (ward ? "Tổ dân phố số " : "Thôn ") + group + ", " + place,
                    UnitKind.RESIDENTIAL_GROUP,
                    committee));
        }
        return units;
    }

    private static GeneratedUnit unit(
            CommuneDraw.Commune commune, String key, String name, UnitKind kind, UUID parent) {
        return unit(commune, id(commune, key), name, kind, parent);
    }

    private static GeneratedUnit unit(CommuneDraw.Commune commune, UUID id, String name, UnitKind kind, UUID parent) {
        return new GeneratedUnit(id, new NewUnit(name + MARK, kind, null, commune.code(), parent));
    }

    private static UUID id(CommuneDraw.Commune commune, String key) {
        return UUID.nameUUIDFromBytes(("dvk-seed-unit:" + commune.code() + ":" + key).getBytes(StandardCharsets.UTF_8));
    }
}
