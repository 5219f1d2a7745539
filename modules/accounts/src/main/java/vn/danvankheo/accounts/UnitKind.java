package vn.danvankheo.accounts;

/**
 * What kind of agency or organisation a unit is. Seed 000 names them: party committees and their cells, the boards
 * of a committee, the front and the socio-political organisations, agencies and their departments.
 */
public enum UnitKind {
    PARTY_COMMITTEE("Cấp ủy, đảng ủy"),
    PARTY_CELL("Chi bộ"),
    PARTY_BOARD("Ban của cấp ủy"),
    FRONT("Mặt trận Tổ quốc"),
    MASS_ORGANISATION("Tổ chức chính trị - xã hội, đoàn thể"),
    AGENCY("Cơ quan, đơn vị nhà nước"),
    ENTERPRISE("Doanh nghiệp"),
    RESIDENTIAL_GROUP("Thôn, tổ dân phố, khu dân cư"),
    OTHER("Khác");

    private final String labelVi;

    UnitKind(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }
}
