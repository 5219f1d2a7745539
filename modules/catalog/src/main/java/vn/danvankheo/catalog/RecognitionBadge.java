package vn.danvankheo.catalog;

/**
 * A level's recognition of a model as exemplary ("điển hình"), as the public sees it: level, year and the decision's
 * reference. Decided by the recognition capability; the catalog only shows it.
 */
public record RecognitionBadge(Level level, int year, String reference) {

    public enum Level {
        GRASSROOTS("cấp cơ sở"),
        PROVINCIAL("cấp tỉnh"),
        CENTRAL("cấp Trung ương");

        private final String labelVi;

        Level(String labelVi) {
            this.labelVi = labelVi;
        }

        public String labelVi() {
            return labelVi;
        }
    }

    /** "Điển hình cấp tỉnh 2026", as the badge reads. */
    public String labelVi() {
        return "Điển hình " + level.labelVi() + " " + year;
    }
}
