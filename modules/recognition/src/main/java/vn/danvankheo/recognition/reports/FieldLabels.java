package vn.danvankheo.recognition.reports;

import java.util.List;
import vn.danvankheo.catalog.Field;

/** The fields as a table's column or a chart's axis can hold them; the guidance's headings are a line long. */
final class FieldLabels {

    /** In the order of {@link Field}. */
    static final List<String> SHORT = List.of(
            "Kinh tế, KH-CN, đổi mới sáng tạo, chuyển đổi số, môi trường",
            "Văn hóa, xã hội, con người",
            "Quốc phòng, an ninh, đối ngoại",
            "Xây dựng Đảng, hệ thống chính trị");

    private FieldLabels() {}

    static String of(Field field) {
        return SHORT.get(field.ordinal());
    }
}
