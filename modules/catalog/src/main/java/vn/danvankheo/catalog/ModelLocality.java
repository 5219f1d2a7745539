package vn.danvankheo.catalog;

/**
 * The commune and province as recorded at registration, their names today (which differ after a unit is renamed or
 * changes type), and whether the point lies in the declared commune.
 */
public record ModelLocality(
        String communeName,
        String provinceCode,
        String provinceName,
        ModelView.TodaysNames today,
        boolean localityAgrees,
        String localityNote) {

    ModelLocality withToday(ModelView.TodaysNames names) {
        return new ModelLocality(communeName, provinceCode, provinceName, names, localityAgrees, localityNote);
    }

    public boolean renamed() {
        return !today.communeName().equals(communeName) || !today.provinceName().equals(provinceName);
    }
}
