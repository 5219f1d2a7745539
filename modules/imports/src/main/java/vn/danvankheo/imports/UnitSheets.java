package vn.danvankheo.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.InvalidUnitException;
import vn.danvankheo.accounts.Scope;
import vn.danvankheo.accounts.Unit;
import vn.danvankheo.accounts.UnitAdministration;
import vn.danvankheo.accounts.UnitRegistry;
import vn.danvankheo.places.AdminUnit;
import vn.danvankheo.places.AdminUnits;
import vn.danvankheo.places.UnitLevel;
import vn.danvankheo.places.VietnameseText;

/**
 * Units in bulk from a spreadsheet (XLSX or CSV): one unit a row with its kind, its parent by name (a row of the same
 * file or a unit recorded already) and its locality (a commune, a province, or the parent's when left blank). The dry
 * run lists every row's problems in Vietnamese; the import runs the same checks and records all rows or none, each
 * through {@link UnitAdministration}, so the administrator's province is enforced and every unit is audited. Blocking.
 */
@Service
public class UnitSheets {

    /** Without commas, so a CSV saved with semicolons cannot be taken for one separated by commas. */
    static final List<String> HEADERS =
            List.of("Tên cơ quan/đơn vị", "Loại", "Đơn vị cấp trên", "Tỉnh/thành phố", "Xã/phường/đặc khu");

    private static final int HEADER_ROWS_SEARCHED = 30;
    private static final int PARENT_CANDIDATES = 20;

    private final UnitAdministration administration;
    private final UnitRegistry registry;
    private final AdminUnits places;
    private final ImportsProperties properties;

    UnitSheets(
            UnitAdministration administration, UnitRegistry registry, AdminUnits places, ImportsProperties properties) {
        this.administration = administration;
        this.registry = registry;
        this.places = places;
        this.properties = properties;
    }

    public UnitSheetReview review(Account administrator, ImportFile file) {
        return new UnitSheetReview(
                plan(administrator, file).stream().map(this::shown).toList());
    }

    /** Records every unit of the file, parents first, or none when a row has a problem. */
    public List<Unit> commit(Account administrator, ImportFile file) {
        List<PlannedUnit> planned = plan(administrator, file);
        UnitSheetReview review =
                new UnitSheetReview(planned.stream().map(this::shown).toList());
        if (!review.importable()) {
            throw new UnitSheetRejectedException(review);
        }
        return administration.importAll(
                administrator,
                planned.stream()
                        .sorted(Comparator.comparingInt(PlannedUnit::depth))
                        .map(PlannedUnit::imported)
                        .toList());
    }

    public long maxFileBytes() {
        return properties.maxFileSize().toBytes();
    }

    /** An empty sheet with the columns the import reads, and a second sheet that explains them. */
    public byte[] template(SheetFormat format) {
        return UnitSheetTemplate.of(format);
    }

    private List<PlannedUnit> plan(Account administrator, ImportFile file) {
        if (file.content().length > maxFileBytes()) {
            throw SheetLimits.tooLarge(maxFileBytes());
        }
        List<SheetRow> rows = SheetFormat.of(file.content()).read(file.content(), properties.maxRows());
        Columns columns = columns(rows);
        CommuneNames communes = new CommuneNames(places);
        List<PlannedUnit> planned = new ArrayList<>();
        for (SheetRow row : rows.subList(columns.headerIndex() + 1, rows.size())) {
            if (row.filledCells() > 0) {
                planned.add(read(row, columns, communes));
            }
        }
        if (planned.size() > properties.maxRows()) {
            throw SheetLimits.tooManyRows(properties.maxRows());
        }
        findDuplicates(planned);
        findParents(administrator, planned);
        placeAll(administrator, planned);
        findRecorded(planned);
        return planned;
    }

    private Columns columns(List<SheetRow> rows) {
        for (int r = 0; r < Math.min(rows.size(), HEADER_ROWS_SEARCHED); r++) {
            Map<String, Integer> found = new HashMap<>();
            List<String> cells = rows.get(r).cells();
            for (int c = 0; c < cells.size(); c++) {
                HeaderText header = HeaderText.of(cells.get(c));
                String column = header.has("cap tren") || header.has("truc thuoc")
                        ? "parent"
                        : header.has("ten")
                                ? "name"
                                : header.has("loai")
                                        ? "kind"
                                        : header.has("xa") || header.has("phuong") || header.has("dac khu")
                                                ? "commune"
                                                : header.has("tinh") || header.has("thanh pho") ? "province" : null;
                if (column != null) {
                    found.putIfAbsent(column, c);
                }
            }
            if (found.containsKey("name")) {
                return new Columns(r, found);
            }
        }
        throw new InvalidImportFileException("Không thấy cột \"Tên cơ quan/đơn vị\" trong " + HEADER_ROWS_SEARCHED
                + " dòng đầu. Hãy dùng tệp mẫu của trang này.");
    }

    private PlannedUnit read(SheetRow row, Columns columns, CommuneNames communes) {
        PlannedUnit unit = new PlannedUnit(
                row.number(),
                spaced(columns.cell(row, "name")),
                columns.cell(row, "kind"),
                spaced(columns.cell(row, "parent")));
        if (unit.name.isEmpty()) {
            unit.problems.add("Chưa ghi tên cơ quan, đơn vị.");
        } else if (unit.name.length() > 300) {
            unit.problems.add("Tên dài quá 300 ký tự.");
        }
        if (unit.kindText.isEmpty()) {
            unit.problems.add("Chưa ghi loại đơn vị; chọn một trong: " + UnitKindNames.labels() + ".");
        } else {
            UnitKindNames.read(unit.kindText)
                    .ifPresentOrElse(
                            kind -> unit.kind = kind,
                            () -> unit.problems.add("Không nhận ra loại \"" + unit.kindText + "\"; chọn một trong: "
                                    + UnitKindNames.labels() + "."));
        }
        String commune = columns.cell(row, "commune");
        String province = columns.cell(row, "province");
        if (!commune.isEmpty()) {
            CommuneNames.Reading reading = communes.read(commune, province);
            if (reading.problem() != null) {
                unit.problems.add(reading.problem());
            } else {
                unit.ownScope = new Scope(
                        reading.commune().provinceCode(), reading.commune().code());
            }
        } else if (!province.isEmpty()) {
            AdminUnit found = province(province);
            if (found == null) {
                unit.problems.add("Không có tỉnh, thành phố \"" + province + "\" trong danh mục hiện hành.");
            } else {
                unit.ownScope = new Scope(found.code(), null);
            }
        }
        return unit;
    }

    private AdminUnit province(String text) {
        if (text.matches("\\d{1,2}")) {
            String code = text.length() == 1 ? "0" + text : text;
            return places.current(code)
                    .filter(unit -> unit.level() == UnitLevel.PROVINCE)
                    .orElse(null);
        }
        String wanted = withoutProvinceType(text);
        return places.provinces().stream()
                .filter(unit -> withoutProvinceType(unit.fullName()).equals(wanted)
                        || withoutProvinceType(unit.name()).equals(wanted))
                .findFirst()
                .orElse(null);
    }

    private static String withoutProvinceType(String name) {
        return key(name).replaceFirst("^(tinh|thanh pho|tp)\\s+", "");
    }

    /** Two rows of one name under one parent in one place would be one unit twice. */
    private static void findDuplicates(List<PlannedUnit> planned) {
        Map<String, PlannedUnit> seen = new HashMap<>();
        for (PlannedUnit unit : planned) {
            if (unit.name.isEmpty()) {
                continue;
            }
            String same = key(unit.name) + "\u0000" + key(unit.parentText) + "\u0000" + unit.ownScope;
            PlannedUnit first = seen.putIfAbsent(same, unit);
            if (first != null) {
                unit.problems.add("Trùng tên với dòng " + first.number + " (cùng đơn vị cấp trên, cùng địa bàn).");
            }
        }
    }

    /** A parent named in the file is that row; otherwise one recorded unit the administrator manages. */
    private void findParents(Account administrator, List<PlannedUnit> planned) {
        Map<String, List<PlannedUnit>> byName = new LinkedHashMap<>();
        for (PlannedUnit unit : planned) {
            byName.computeIfAbsent(key(unit.name), name -> new ArrayList<>()).add(unit);
        }
        for (PlannedUnit unit : planned) {
            if (unit.parentText.isEmpty()) {
                continue;
            }
            List<PlannedUnit> inFile = byName.getOrDefault(key(unit.parentText), List.of());
            if (inFile.size() == 1 && inFile.get(0) == unit) {
                unit.problems.add("Một đơn vị không thể trực thuộc chính nó.");
            } else if (inFile.size() == 1) {
                unit.fileParent = inFile.get(0);
            } else if (inFile.size() > 1) {
                unit.problems.add("Có " + inFile.size() + " dòng tên \"" + unit.parentText + "\" (dòng "
                        + String.join(
                                ", ", inFile.stream().map(u -> "" + u.number).toList())
                        + "), không biết dòng nào là đơn vị cấp trên; hãy đặt tên khác nhau.");
            } else {
                List<Unit> recorded =
                        administration.units(administrator, unit.parentText, PARENT_CANDIDATES).units().stream()
                                .filter(UnitAdministration.ManagedUnit::active)
                                .map(UnitAdministration.ManagedUnit::unit)
                                .filter(found -> key(found.name()).equals(key(unit.parentText)))
                                .toList();
                if (recorded.size() == 1) {
                    unit.recordedParent = recorded.get(0);
                } else if (recorded.isEmpty()) {
                    unit.problems.add("Không tìm thấy đơn vị cấp trên \"" + unit.parentText
                            + "\" trong tệp hay trong các đơn vị bạn quản lý.");
                } else {
                    unit.problems.add("Có " + recorded.size() + " đơn vị đã có tên \"" + unit.parentText
                            + "\"; hãy đưa đơn vị cấp trên vào tệp hoặc đổi tên để phân biệt.");
                }
            }
        }
    }

    /** Each unit's locality, parents before children, refusing loops and places outside the administrator's. */
    private void placeAll(Account administrator, List<PlannedUnit> planned) {
        for (PlannedUnit unit : planned) {
            Set<PlannedUnit> chain = new HashSet<>();
            PlannedUnit up = unit;
            while (up != null && chain.add(up)) {
                up = up.fileParent;
            }
            if (up != null) {
                unit.problems.add("Đơn vị cấp trên tạo thành vòng lặp (dòng " + unit.number + " rốt cuộc trực thuộc"
                        + " chính nó).");
                unit.fileParent = null;
                unit.depth = -1;
            } else {
                unit.depth = chain.size() - 1;
            }
        }
        planned.stream()
                .filter(unit -> unit.depth >= 0)
                .sorted(Comparator.comparingInt(PlannedUnit::depth))
                .forEach(unit -> place(administrator, unit));
    }

    private void place(Account administrator, PlannedUnit unit) {
        Scope parentScope = unit.fileParent != null
                ? unit.fileParent.scope
                : unit.recordedParent != null ? unit.recordedParent.scope() : null;
        if (unit.ownScope != null) {
            unit.scope = unit.ownScope;
        } else if (unit.fileParent != null || unit.recordedParent != null) {
            unit.scope = parentScope;
        } else {
            unit.scope = administrator.scope();
        }
        if (unit.scope == null) {
            return;
        }
        if (parentScope != null && !parentScope.contains(unit.scope)) {
            unit.problems.add(
                    "Đơn vị phải ở trong địa bàn của đơn vị cấp trên (" + administration.describe(parentScope) + ").");
        }
        Scope managed = administrator.scope();
        if (!managed.contains(unit.scope) || (managed.provinceCode() != null && unit.scope.provinceCode() == null)) {
            unit.problems.add("Địa bàn " + administration.describe(unit.scope) + " ngoài phạm vi bạn quản lý ("
                    + administration.describe(managed) + ").");
        }
    }

    /** A unit recorded already under the same parent is not recorded twice. */
    private void findRecorded(List<PlannedUnit> planned) {
        for (PlannedUnit unit : planned) {
            if (!unit.problems.isEmpty() || unit.fileParent != null || unit.scope == null) {
                continue;
            }
            try {
                registry.existing(unit.newUnit())
                        .ifPresent(found -> unit.problems.add("Đã có đơn vị \"" + found.name() + "\" ở "
                                + administration.describe(found.scope()) + " cùng đơn vị cấp trên."));
            } catch (InvalidUnitException e) {
                unit.problems.add(e.getMessage());
            }
        }
    }

    private UnitSheetRow shown(PlannedUnit unit) {
        return new UnitSheetRow(
                unit.number,
                unit.name,
                unit.kind == null ? unit.kindText : unit.kind.labelVi(),
                unit.parentText,
                unit.scope == null ? "" : administration.describe(unit.scope),
                unit.problems);
    }

    /** Trimmed with single spaces, as units store their names. */
    private static String spaced(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    /** Names compared as people mean them: case, spacing and diacritics aside. */
    private static String key(String name) {
        return VietnameseText.fold(spaced(name)).toLowerCase(Locale.ROOT);
    }

    private record Columns(int headerIndex, Map<String, Integer> indices) {

        String cell(SheetRow row, String column) {
            Integer index = indices.get(column);
            return index == null ? "" : row.cell(index);
        }
    }
}
