package vn.danvankheo.recognition.criteria;

/** The levels that recognise exemplary models (seed 002, section V.1), lowest first: the order is used. */
public enum RecognitionLevel {
    GRASSROOTS("Cấp cơ sở", "Grassroots"),
    PROVINCIAL("Cấp tỉnh và tương đương", "Provincial"),
    CENTRAL("Cấp Trung ương", "Central");

    private final String labelVi;
    private final String labelEn;

    RecognitionLevel(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }

    boolean isAbove(RecognitionLevel other) {
        return compareTo(other) > 0;
    }
}
