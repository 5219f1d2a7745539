package vn.danvankheo.imports;

import java.util.function.Predicate;

/**
 * What a column of annex 01 can mean. Units write the annex in their own words, so each target is recognised by the
 * words its header contains (diacritics, case and punctuation aside), tried in this order: "Thời gian thực hiện" is
 * a start and "Kết quả thực hiện" results, not an owner; "Mô hình mới/tiếp tục" is a kind of registration, not a
 * name.
 */
public enum ImportTarget {
    ROW_NUMBER("STT", false, header -> header.is("stt", "tt", "so tt", "so thu tu")),
    START(
            "Thời gian bắt đầu",
            true,
            header -> header.has("thoi gian")
                    || header.has("nam bat dau")
                    || header.has("nam thuc hien")
                    || header.has("ngay bat dau")
                    || header.is("nam")),
    CONTINUATION("Mô hình mới/tiếp tục", false, header -> header.has("tiep tuc") || header.has("mo hinh moi")),
    NAME("Tên mô hình", true, header -> header.has("ten mo hinh") || header.is("mo hinh", "ten")),
    OWNER_KIND(
            "Loại chủ thể (tập thể/cá nhân)",
            false,
            header -> header.has("loai chu the") || header.is("tap the ca nhan", "ca nhan tap the")),
    SUMMARY("Nội dung, mục tiêu", false, header -> header.has("noi dung") || header.has("muc tieu")),
    RESULTS("Kết quả", false, header -> header.has("ket qua")),
    OWNER(
            "Đơn vị/tập thể/cá nhân thực hiện",
            true,
            header -> header.has("thuc hien")
                    || header.has("chu the")
                    || header.has("chu tri")
                    || (header.has("tap the") && header.has("ca nhan"))),
    FIELD("Lĩnh vực", true, header -> header.has("linh vuc")),
    COMMUNE(
            "Xã/phường/đặc khu",
            true,
            header -> header.has("xa phuong")
                    || header.has("phuong xa")
                    || header.has("dac khu")
                    || header.is("xa", "phuong", "ma xa", "dia ban")),
    PROVINCE(
            "Tỉnh/thành phố",
            false,
            header -> header.has("tinh thanh pho") || header.is("tinh", "tinh thanh", "ma tinh", "thanh pho")),
    COORDINATES("Tọa độ", false, header -> header.has("toa do") || header.is("vi tri")),
    LATITUDE("Vĩ độ", false, header -> header.has("vi do")),
    LONGITUDE("Kinh độ", false, header -> header.has("kinh do")),
    NOTE("Ghi chú", false, header -> header.has("ghi chu"));

    private final String labelVi;
    private final boolean required;
    private final Predicate<HeaderText> recognises;

    ImportTarget(String labelVi, boolean required, Predicate<HeaderText> recognises) {
        this.labelVi = labelVi;
        this.required = required;
        this.recognises = recognises;
    }

    public String labelVi() {
        return labelVi;
    }

    public boolean required() {
        return required;
    }

    boolean recognises(HeaderText header) {
        return recognises.test(header);
    }
}
