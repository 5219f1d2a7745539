package vn.danvankheo.catalog;

/**
 * The four fields that local plans still use (seed 000, section II.3), in the document's order, so that models
 * registered under a local plan can be imported as they were written and still be shown under the 2026-2030 fields.
 * The labels are the document's own headings. The older scheme does not split cleanly: each field maps to the
 * 2026-2030 field that holds most of its content, and the Javadoc of each constant says where the rest went.
 */
public enum LegacyField {
    /** Seed 000 II.3.1 (production, technology, OCOP, land clearance, environment) is the content of seed 002 III.1. */
    ECONOMY("Lĩnh vực kinh tế", "Economy", Field.ECONOMY_SCIENCE_ENVIRONMENT),

    /**
     * Seed 000 II.3.2 (cultural life, learning society, social welfare) is seed 002 III.2; its digital-transformation
     * bullet now belongs to III.1, so such a model may deserve a manual move.
     */
    CULTURE_SOCIETY("Lĩnh vực văn hóa - xã hội", "Culture and society", Field.CULTURE_SOCIETY_PEOPLE),

    /**
     * Most of seed 000 II.3.3 (law, crime, security, military service) is seed 002 III.3; ethnicity and religion are
     * no field of their own in 002 but a bullet of III.2 (policy on "dân tộc, tôn giáo"), so a religion-only model
     * may deserve a manual move.
     */
    DEFENCE_SECURITY_ETHNICITY_RELIGION(
            "Lĩnh vực quốc phòng - an ninh, dân tộc - tôn giáo",
            "Defence and security, ethnicity and religion",
            Field.DEFENCE_SECURITY_FOREIGN_AFFAIRS),

    /** Seed 000 II.3.4 (Party organisations, grassroots democracy, citizen complaints) is seed 002 III.4. */
    POLITICAL_SYSTEM(
            "Lĩnh vực xây dựng hệ thống chính trị", "Building the political system", Field.PARTY_AND_POLITICAL_SYSTEM);

    private final String labelVi;
    private final String labelEn;
    private final Field field;

    LegacyField(String labelVi, String labelEn, Field field) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
        this.field = field;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }

    public Field toField() {
        return field;
    }
}
