package vn.danvankheo.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.danvankheo.places.AdminUnit;
import vn.danvankheo.places.AdminUnits;
import vn.danvankheo.places.AdminUnits.PlaceMatch;
import vn.danvankheo.places.UnitLevel;
import vn.danvankheo.places.VietnameseText;

/**
 * Finds the commune a row names: a 5-digit code (or one whose leading zeros a spreadsheet dropped), or a name with
 * or without its type and diacritics, narrowed by the province column when the same name exists in several
 * provinces. Remembers answers for one file, whose rows repeat the same communes.
 */
final class CommuneNames {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,5}");
    private static final Pattern TYPE_ABBREVIATION = Pattern.compile("^(p|x|tt|dk)\\.\\s*");
    private static final Pattern PROVINCE_TYPE = Pattern.compile("^(tinh|thanh pho|tp\\.?)\\s+");
    private static final int CANDIDATES = 50;

    private final AdminUnits units;
    private final Map<String, Reading> known = new HashMap<>();

    CommuneNames(AdminUnits units) {
        this.units = units;
    }

    Reading read(String commune, String province) {
        String given = commune == null ? "" : commune.strip();
        String within = province == null ? "" : province.strip();
        return known.computeIfAbsent(given + "\u0000" + within, key -> lookUp(given, within));
    }

    private Reading lookUp(String given, String province) {
        if (given.isEmpty()) {
            return Reading.problem("Chưa ghi xã, phường, đặc khu.");
        }
        if (DIGITS.matcher(given).matches()) {
            return byCode(given);
        }
        String name = TYPE_ABBREVIATION.matcher(VietnameseText.fold(given)).replaceFirst("");
        if (name.length() < 2) {
            return Reading.problem("Không tìm thấy xã, phường, đặc khu \"" + given + "\".");
        }
        List<PlaceMatch> named = units.search(name, CANDIDATES).stream()
                .filter(match -> match.unit().level() == UnitLevel.COMMUNE)
                .filter(match -> VietnameseText.fold(match.unit().name()).equals(name)
                        || VietnameseText.fold(match.unit().fullName()).equals(name))
                .toList();
        List<PlaceMatch> inProvince = province.isEmpty()
                ? named
                : named.stream().filter(match -> inProvince(match, province)).toList();
        if (inProvince.size() == 1) {
            return Reading.of(inProvince.get(0).unit(), null);
        }
        if (inProvince.isEmpty() && !named.isEmpty()) {
            return Reading.problem("Không có xã, phường, đặc khu \"" + given + "\" thuộc \"" + province + "\"; có "
                    + list(named) + ".");
        }
        if (inProvince.isEmpty()) {
            return Reading.problem("Không tìm thấy xã, phường, đặc khu \"" + given
                    + "\" trong danh mục đơn vị hành chính hiện hành (sau sắp xếp năm 2025). Hãy ghi tên mới hoặc mã"
                    + " 5 số.");
        }
        return Reading.problem("Tên \"" + given + "\" trùng ở " + inProvince.size() + " đơn vị: " + list(inProvince)
                + ". Hãy ghi thêm tỉnh/thành phố hoặc dùng mã 5 số.");
    }

    private Reading byCode(String digits) {
        String code = "0".repeat(5 - digits.length()) + digits;
        Optional<AdminUnit> commune = units.current(code).filter(unit -> unit.level() == UnitLevel.COMMUNE);
        if (commune.isEmpty()) {
            return Reading.problem("Mã xã, phường, đặc khu \"" + digits + "\" không có trong danh mục.");
        }
        String note = code.equals(digits)
                ? null
                : "Mã \"" + digits + "\" được hiểu là " + code + " ("
                        + commune.get().fullName() + "): bảng tính đã bỏ các số 0 ở đầu.";
        return Reading.of(commune.get(), note);
    }

    private static boolean inProvince(PlaceMatch match, String province) {
        String wanted = PROVINCE_TYPE.matcher(VietnameseText.fold(province)).replaceFirst("");
        String actual = PROVINCE_TYPE
                .matcher(VietnameseText.fold(match.provinceFullName()))
                .replaceFirst("");
        return wanted.equals(actual) || wanted.equals(match.unit().provinceCode());
    }

    private static String list(List<PlaceMatch> matches) {
        return matches.stream()
                .map(match -> match.unit().fullName() + " (" + match.provinceFullName() + ", mã "
                        + match.unit().code() + ")")
                .collect(Collectors.joining("; "));
    }

    /** The commune, with a note when the text needed interpreting, or why there is none. */
    record Reading(AdminUnit commune, String note, String problem) {

        static Reading of(AdminUnit commune, String note) {
            return new Reading(commune, note, null);
        }

        static Reading problem(String message) {
            return new Reading(null, null, message);
        }
    }
}
