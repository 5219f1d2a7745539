package vn.danvankheo.places.coordinates;

import java.util.Arrays;
import java.util.Optional;

/**
 * A central meridian ("kinh tuyến trục") of the VN-2000 provincial 3° Transverse Mercator zones: scale 0.9999 on the
 * meridian, false easting 500 000 m, no false northing, WGS 84 ellipsoid.
 *
 * <p>The meridians and the provinces listed under each constant are the table of Thông tư 973/2001/TT-TCĐC (Tổng cục
 * Địa chính, 20/6/2001), as kept for the 63 provinces before 2025; EPSG's "VN-2000 / TM-3" CRSs name the same
 * provinces in their areas of use (EPSG:9208, 104°45': An Giang, Lào Cai, Nghệ An, Phú Thọ, Yên Bái).
 *
 * <p>A zone is a meridian, not a province: since the mergers of 1 July 2025 one province can hold surveys on several
 * meridians (Phú Thọ now covers former Vĩnh Phúc on 105°00' and Hòa Bình on 106°00' besides its own 104°45'), so the
 * person must say which meridian their X, Y were measured on.
 */
public enum Vn2000Zone {
    /** Lai Châu, Điện Biên. */
    MERIDIAN_103_00(103, 0),
    /** Sơn La. */
    MERIDIAN_104_00(104, 0),
    /** Kiên Giang, Cà Mau. */
    MERIDIAN_104_30(104, 30),
    /** Lào Cai, Yên Bái, Phú Thọ, Nghệ An, An Giang. */
    MERIDIAN_104_45(104, 45),
    /** Vĩnh Phúc, Hà Nội, Hà Nam, Ninh Bình, Thanh Hóa, Đồng Tháp, Cần Thơ, Hậu Giang, Bạc Liêu. */
    MERIDIAN_105_00(105, 0),
    /**
     * Hà Giang, Bắc Ninh, Hải Dương, Hưng Yên, Nam Định, Thái Bình, Hà Tĩnh, Tây Ninh, Vĩnh Long, Trà Vinh, Sóc Trăng.
     */
    MERIDIAN_105_30(105, 30),
    /** Cao Bằng, Hải Phòng, Bình Dương, Long An, Tiền Giang, Bến Tre, Thành phố Hồ Chí Minh. */
    MERIDIAN_105_45(105, 45),
    /** Tuyên Quang, Hòa Bình, Quảng Bình. */
    MERIDIAN_106_00(106, 0),
    /** Quảng Trị, Bình Phước. */
    MERIDIAN_106_15(106, 15),
    /** Bắc Kạn, Thái Nguyên. */
    MERIDIAN_106_30(106, 30),
    /** Bắc Giang, Thừa Thiên Huế. */
    MERIDIAN_107_00(107, 0),
    /** Lạng Sơn. */
    MERIDIAN_107_15(107, 15),
    /** Kon Tum. */
    MERIDIAN_107_30(107, 30),
    /** Quảng Ninh, Đà Nẵng, Quảng Nam, Lâm Đồng, Đồng Nai, Bà Rịa – Vũng Tàu. */
    MERIDIAN_107_45(107, 45),
    /** Quảng Ngãi. */
    MERIDIAN_108_00(108, 0),
    /** Bình Định, Khánh Hòa, Ninh Thuận. */
    MERIDIAN_108_15(108, 15),
    /** Gia Lai, Đắk Lắk, Đắk Nông, Phú Yên, Bình Thuận. */
    MERIDIAN_108_30(108, 30);

    // Meridians are whole quarter degrees, so anything closer than this is the same meridian written differently.
    private static final double SAME_MERIDIAN = 1e-6;

    private final int degrees;
    private final int minutes;

    Vn2000Zone(int degrees, int minutes) {
        this.degrees = degrees;
        this.minutes = minutes;
    }

    /** East longitude of the central meridian, in decimal degrees (105°45' is 105.75). */
    public double centralMeridian() {
        return degrees + minutes / 60.0;
    }

    /** The zone whose central meridian is {@code degrees} (105.75 for 105°45'), if VN-2000 provinces use it. */
    public static Optional<Vn2000Zone> ofCentralMeridian(double degrees) {
        return Arrays.stream(values())
                .filter(zone -> Math.abs(zone.centralMeridian() - degrees) < SAME_MERIDIAN)
                .findFirst();
    }

    /** As surveyors write it, "105°45'". */
    String label() {
        return String.format("%d°%02d'", degrees, minutes);
    }
}
