package vn.danvankheo.media;

/**
 * How much one account may have storage hold for it through uploads: the caller decides by who the account is (a
 * journalist needs less than a unit's contributor); media only counts.
 *
 * @param openAtOnce uploads started and not yet finished at the same time
 * @param bytesPerDay bytes declared by uploads started in the last 24 hours, finished or not, refused ones aside
 */
public record UploadAllowance(int openAtOnce, long bytesPerDay) {

    public UploadAllowance {
        if (openAtOnce < 1 || bytesPerDay < 1) {
            throw new IllegalArgumentException("An upload allowance needs open-at-once and bytes-per-day above 0, not "
                    + openAtOnce + " and " + bytesPerDay);
        }
    }
}
