package vn.danvankheo.recognition.registrations;

/** Where a registration stands; the steps that move it are the only way to change it. */
public enum RegistrationStatus {
    REGISTERED("Đã đăng ký"),
    SELF_ASSESSED("Đã tự đánh giá, chờ hội đồng"),
    UNDER_EVALUATION("Hội đồng đang đánh giá"),
    RETURNED("Trả lại để bổ sung"),
    RECOGNISED("Được công nhận điển hình"),
    NOT_RECOGNISED("Không được công nhận"),
    NOMINATED("Được đề nghị lên cấp trên");

    private final String labelVi;

    RegistrationStatus(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }
}
