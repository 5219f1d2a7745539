package vn.danvankheo.recognition.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.danvankheo.accounts.Unit;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.recognition.RecognitionNotFoundException;
import vn.danvankheo.recognition.campaigns.Campaign;
import vn.danvankheo.recognition.criteria.RecognitionLevel;
import vn.danvankheo.recognition.registrations.Decision;
import vn.danvankheo.recognition.registrations.Registration;
import vn.danvankheo.recognition.registrations.RegistrationKind;

/**
 * Annex 01 (the registration summary) and annex 02 (the results report, six-monthly or yearly) as XLSX in the shape
 * units send them up: title rows, merged headers, numbered columns, the unit's name and totals.
 */
@Component
public class AnnexWorkbooks {

    private static final List<String> FIELD_HEADERS = FieldLabels.SHORT;
    private static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";

    private final Clock clock;

    AnnexWorkbooks(Clock clock) {
        this.clock = clock;
    }

    /** @param unitId one subordinate unit's own summary, or null for the whole campaign */
    public byte[] annex01(CampaignProgress progress, UUID unitId) {
        Campaign campaign = progress.campaign();
        List<Registration> rows = of(progress, unitId);
        String unitName = nameOf(progress, unitId);
        int columns = 12;
        try (var workbook = new XSSFWorkbook()) {
            var sheet = new AnnexSheet(workbook, "Phụ lục 01");
            sheet.widths(6, 36, 30, 12, 12, 12, 12, 8, 8, 24, 14, 18);
            sheet.letterhead(
                    campaign.organiserName(), unitName == null ? campaign.organiserName() : unitName, PARTY, columns);
            sheet.title("BẢN TỔNG HỢP ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” NĂM " + campaign.year(), columns);
            sheet.subtitle(
                    "(Phụ lục 01 kèm theo " + campaign.title() + "; gửi trước ngày "
                            + campaign.deadlines()
                                    .registrationSummary()
                                    .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                            + ")",
                    columns);
            sheet.gap();
            int top = sheet.nextRowIndex();
            sheet.headerRow();
            sheet.headerRow();
            sheet.header(top, top + 1, 0, 0, "STT");
            sheet.header(top, top + 1, 1, 1, "Tên mô hình");
            sheet.header(top, top + 1, 2, 2, "Đơn vị/tập thể/cá nhân thực hiện");
            sheet.header(top, top, 3, 6, "Lĩnh vực");
            for (int i = 0; i < FIELD_HEADERS.size(); i++) {
                sheet.header(top + 1, top + 1, 3 + i, 3 + i, FIELD_HEADERS.get(i));
            }
            sheet.header(top, top, 7, 8, "Mô hình");
            sheet.header(top + 1, top + 1, 7, 7, "Mới");
            sheet.header(top + 1, top + 1, 8, 8, "Tiếp tục");
            sheet.header(top, top + 1, 9, 9, "Xã/phường/đặc khu");
            sheet.header(top, top + 1, 10, 10, "Ngày đăng ký");
            sheet.header(top, top + 1, 11, 11, "Ghi chú");
            sheet.columnNumbers(columns);
            long[] perField = new long[FIELD_HEADERS.size()];
            long newModels = 0;
            int number = 0;
            for (Registration registration : rows) {
                Row row = sheet.dataRow();
                sheet.number(row, 0, ++number);
                sheet.text(row, 1, registration.modelName());
                sheet.text(row, 2, registration.ownerName() + " (" + registration.unitName() + ")");
                int field = Field.valueOf(registration.field()).ordinal();
                perField[field]++;
                for (int i = 0; i < FIELD_HEADERS.size(); i++) {
                    sheet.mark(row, 3 + i, i == field);
                }
                boolean isNew = registration.kind() == RegistrationKind.NEW;
                newModels += isNew ? 1 : 0;
                sheet.mark(row, 7, isNew);
                sheet.mark(row, 8, !isNew);
                sheet.text(
                        row,
                        9,
                        progress.communeNames().getOrDefault(registration.communeCode(), registration.communeCode()));
                sheet.text(row, 10, date(registration.registeredAt()));
                sheet.text(row, 11, registration.late() ? "Đăng ký trễ hạn" : "");
            }
            Row totals = sheet.totalRow("Tổng cộng: " + rows.size() + " mô hình", 3);
            for (int i = 0; i < perField.length; i++) {
                sheet.totalNumber(totals, 3 + i, perField[i]);
            }
            sheet.totalNumber(totals, 7, newModels);
            sheet.totalNumber(totals, 8, rows.size() - newModels);
            for (int c = 9; c < columns; c++) {
                sheet.blankTotal(totals, c);
            }
            sheet.signature(
                    signedOn(),
                    "T/M " + (unitName == null ? campaign.organiserName() : unitName).toUpperCase(Locale.ROOT),
                    columns);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param sixMonths the report on the first six months (due 30/6) rather than the annual report */
    public byte[] annex02(CampaignProgress progress, UUID unitId, boolean sixMonths) {
        Campaign campaign = progress.campaign();
        List<Registration> rows = of(progress, unitId);
        String unitName = nameOf(progress, unitId);
        int columns = 10;
        try (var workbook = new XSSFWorkbook()) {
            var sheet = new AnnexSheet(workbook, "Phụ lục 02");
            sheet.widths(6, 36, 30, 24, 10, 18, 18, 18, 12, 30);
            sheet.letterhead(
                    campaign.organiserName(), unitName == null ? campaign.organiserName() : unitName, PARTY, columns);
            sheet.title(
                    "BÁO CÁO KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO” "
                            + (sixMonths ? "06 THÁNG ĐẦU NĂM " : "NĂM ") + campaign.year(),
                    columns);
            sheet.subtitle("(Phụ lục 02 kèm theo " + campaign.title() + ")", columns);
            sheet.subtitle(
                    "Chỉ tiêu " + campaign.targets().unitsWithModelPercent()
                            + "% tổ chức trực thuộc có ít nhất 01 mô hình: đạt " + progress.percentWithModel() + "% ("
                            + progress.unitsWithModel().size() + "/"
                            + campaign.subordinateUnits().size() + " đơn vị)"
                            + (progress.unitsMissingModel().isEmpty()
                                    ? ""
                                    : "; chưa có mô hình: " + String.join(", ", progress.unitsMissingModel())),
                    columns);
            sheet.subtitle(
                    "Chỉ tiêu đề nghị cấp trên công nhận ít nhất "
                            + campaign.targets().nominations() + " mô hình: đã đề nghị " + progress.nominated()
                            + " mô hình.",
                    columns);
            sheet.gap();
            int top = sheet.nextRowIndex();
            sheet.headerRow();
            sheet.headerRow();
            sheet.header(top, top + 1, 0, 0, "STT");
            sheet.header(top, top + 1, 1, 1, "Tên mô hình");
            sheet.header(top, top + 1, 2, 2, "Đơn vị/tập thể/cá nhân thực hiện");
            sheet.header(top, top + 1, 3, 3, "Lĩnh vực");
            sheet.header(top, top + 1, 4, 4, "Mới/Tiếp tục");
            sheet.header(top, top, 5, 7, "Kết quả công nhận điển hình (năm, số quyết định)");
            sheet.header(top + 1, top + 1, 5, 5, "Cấp cơ sở");
            sheet.header(top + 1, top + 1, 6, 6, "Cấp tỉnh");
            sheet.header(top + 1, top + 1, 7, 7, "Cấp Trung ương");
            sheet.header(top, top + 1, 8, 8, "Tình trạng");
            sheet.header(top, top + 1, 9, 9, "Ghi chú");
            sheet.columnNumbers(columns);
            long[] recognised = new long[RecognitionLevel.values().length];
            int number = 0;
            for (Registration registration : rows) {
                List<Decision> decisions = progress.decisions().getOrDefault(registration.id(), List.of());
                Row row = sheet.dataRow();
                sheet.number(row, 0, ++number);
                sheet.text(row, 1, registration.modelName());
                sheet.text(row, 2, registration.ownerName() + " (" + registration.unitName() + ")");
                sheet.text(
                        row,
                        3,
                        FIELD_HEADERS.get(Field.valueOf(registration.field()).ordinal()));
                sheet.text(row, 4, registration.kind() == RegistrationKind.NEW ? "Mới" : "Tiếp tục");
                for (RecognitionLevel level : RecognitionLevel.values()) {
                    Optional<Decision> at = decisions.stream()
                            .filter(decision -> decision.recognised() && decision.level() == level)
                            .findFirst();
                    at.ifPresent(decision -> recognised[level.ordinal()]++);
                    sheet.text(
                            row,
                            5 + level.ordinal(),
                            at.map(d -> d.year() + ", " + d.reference()).orElse(""));
                }
                sheet.text(row, 8, registration.status().labelVi());
                sheet.text(
                        row,
                        9,
                        decisions.stream()
                                .filter(decision -> !decision.recognised())
                                .map(Decision::reasons)
                                .findFirst()
                                .orElse(registration.late() ? "Đăng ký trễ hạn" : ""));
            }
            Row totals = sheet.totalRow("Tổng cộng: " + rows.size() + " mô hình", 5);
            for (RecognitionLevel level : RecognitionLevel.values()) {
                sheet.totalNumber(totals, 5 + level.ordinal(), recognised[level.ordinal()]);
            }
            sheet.blankTotal(totals, 8);
            sheet.blankTotal(totals, 9);
            sheet.signature(
                    signedOn(),
                    "T/M " + (unitName == null ? campaign.organiserName() : unitName).toUpperCase(Locale.ROOT),
                    columns);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Registration> of(CampaignProgress progress, UUID unitId) {
        if (unitId == null) {
            return progress.registrations();
        }
        return progress.registrations().stream()
                .filter(registration -> unitId.equals(registration.unitId()))
                .toList();
    }

    /** The unit as the campaign knows it now, or as its models were registered; null for the whole campaign. */
    private static String nameOf(CampaignProgress progress, UUID unitId) {
        if (unitId == null) {
            return null;
        }
        return progress.campaign().subordinateUnits().stream()
                .filter(unit -> unit.id().equals(unitId))
                .map(Unit::name)
                .findFirst()
                .or(() -> progress.registrations().stream()
                        .filter(registration -> unitId.equals(registration.unitId()))
                        .map(Registration::unitName)
                        .findFirst())
                .orElseThrow(() -> new RecognitionNotFoundException("Đợt thi đua không có đơn vị " + unitId + "."));
    }

    private String signedOn() {
        LocalDate today = LocalDate.now(clock);
        return "…, ngày " + today.getDayOfMonth() + " tháng " + today.getMonthValue() + " năm " + today.getYear();
    }

    private String date(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, clock.getZone())
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        var out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
