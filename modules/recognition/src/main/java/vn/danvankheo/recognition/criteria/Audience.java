package vn.danvankheo.recognition.criteria;

/**
 * Who or what a criteria set judges. The local plan (seed 000, section III) writes separate criteria for each; a set
 * that builds on another one names it in {@link CriteriaSet#includes()} rather than repeating its criteria.
 */
public enum Audience {
    MODEL("Mô hình “Dân vận khéo” của tập thể, cá nhân", "A model of a collective or an individual"),
    EXEMPLARY_COLLECTIVE("Tập thể thực hiện mô hình “Dân vận khéo” tiêu biểu", "Collective with an exemplary model"),
    EXEMPLARY_INDIVIDUAL("Cá nhân thực hiện mô hình “Dân vận khéo” tiêu biểu", "Individual with an exemplary model"),
    LEADER("Cá nhân lãnh đạo, quản lý", "Exemplary individual who leads or manages");

    private final String labelVi;
    private final String labelEn;

    Audience(String labelVi, String labelEn) {
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
