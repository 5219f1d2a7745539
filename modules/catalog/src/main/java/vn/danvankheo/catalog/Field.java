package vn.danvankheo.catalog;

/**
 * The four fields of the 2026-2030 central guidance (seed 002, section III), in the document's order. The labels are
 * the document's own headings, so that users recognise them.
 */
public enum Field {
    ECONOMY_SCIENCE_ENVIRONMENT(
            "Phát triển kinh tế, khoa học công nghệ, đổi mới sáng tạo, chuyển đổi số và bảo vệ môi trường",
            "Economy, science and technology, innovation, digital transformation and environment"),
    CULTURE_SOCIETY_PEOPLE(
            "Phát triển văn hóa, xã hội và xây dựng, hoàn thiện con người Việt Nam xã hội chủ nghĩa",
            "Culture, society and building the Vietnamese people"),
    DEFENCE_SECURITY_FOREIGN_AFFAIRS(
            "Phát huy sức mạnh Nhân dân tham gia củng cố quốc phòng, an ninh; tăng cường đối ngoại và hội nhập quốc tế",
            "National defence and security; foreign affairs and international integration"),
    PARTY_AND_POLITICAL_SYSTEM(
            "Phát huy vai trò của Nhân dân tham gia xây dựng Đảng và hệ thống chính trị",
            "The people's part in building the Party and the political system");

    private final String labelVi;
    private final String labelEn;

    Field(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }
}
