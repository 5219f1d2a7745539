package vn.danvankheo.recognition.ratings;

/** How the competent level rated a unit's year, best first. */
public enum UnitRating {
    EXCELLENT("Hoàn thành xuất sắc nhiệm vụ"),
    GOOD("Hoàn thành tốt nhiệm vụ"),
    COMPLETED("Hoàn thành nhiệm vụ"),
    NOT_COMPLETED("Không hoàn thành nhiệm vụ");

    private final String labelVi;

    UnitRating(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }

    /** "Hoàn thành tốt nhiệm vụ trở lên", what an exemplary collective's unit needs (seed 000, III.2). */
    public boolean goodOrBetter() {
        return this == EXCELLENT || this == GOOD;
    }
}
