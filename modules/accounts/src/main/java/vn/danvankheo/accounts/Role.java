package vn.danvankheo.accounts;

public enum Role {
    CONTRIBUTOR("Cộng tác viên của đơn vị"),
    MODERATOR("Người kiểm duyệt của địa bàn"),
    COMMITTEE_MEMBER("Thành viên hội đồng xét chọn"),
    ADMINISTRATOR("Quản trị viên"),
    JOURNALIST("Nhà báo");

    private final String labelVi;

    Role(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }
}
