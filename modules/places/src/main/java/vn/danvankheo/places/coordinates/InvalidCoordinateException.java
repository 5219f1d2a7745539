package vn.danvankheo.places.coordinates;

import vn.danvankheo.problems.BadInputException;

/**
 * The text or numbers given are not a usable coordinate; the message says why, in Vietnamese, for the person who typed
 * them.
 */
public class InvalidCoordinateException extends BadInputException {

    private static final String EXAMPLE = "ví dụ: 21.0285, 105.8542";
    private static final String EXTENT =
            "X (hướng bắc) từ 900 000 đến 2 700 000 m, Y (hướng đông) từ 0 đến 1 300 000 m,"
                    + " thường quanh 500 000 m";

    InvalidCoordinateException(String message) {
        super(message);
    }

    static InvalidCoordinateException empty() {
        return new InvalidCoordinateException(
                "Chưa nhập tọa độ. Hãy nhập vĩ độ, kinh độ (" + EXAMPLE + ") hoặc dán liên kết bản đồ.");
    }

    static InvalidCoordinateException notCoordinates(String text) {
        return new InvalidCoordinateException("Không đọc được tọa độ từ “" + text + "”. Hãy nhập vĩ độ, kinh độ ("
                + EXAMPLE + ") hoặc dán liên kết bản đồ.");
    }

    static InvalidCoordinateException notFinite() {
        return new InvalidCoordinateException("Tọa độ phải là số thực hữu hạn; không nhận NaN hay vô cực.");
    }

    static InvalidCoordinateException onlyOneNumber() {
        return new InvalidCoordinateException(
                "Mới có một giá trị. Cần đủ hai giá trị: vĩ độ và kinh độ (" + EXAMPLE + ").");
    }

    static InvalidCoordinateException cannotSplit() {
        return new InvalidCoordinateException("Không tách được đâu là vĩ độ, đâu là kinh độ. Hãy ngăn cách hai giá trị"
                + " bằng dấu phẩy hoặc chấm phẩy (" + EXAMPLE + ").");
    }

    static InvalidCoordinateException tooManyNumbers(String part) {
        return new InvalidCoordinateException("“" + part + "” có quá nhiều số: mỗi giá trị chỉ gồm độ, phút và giây.");
    }

    static InvalidCoordinateException unitsOutOfOrder(String part) {
        return new InvalidCoordinateException(
                "“" + part + "” không theo thứ tự độ, phút, giây (ví dụ: 21°01'42.6\"N).");
    }

    static InvalidCoordinateException fractionalDegreesWithMinutes(String part) {
        return new InvalidCoordinateException(
                "Trong “" + part + "” số độ có phần lẻ nhưng vẫn có phút: khi ghi phút, số độ phải là số nguyên.");
    }

    static InvalidCoordinateException fractionalMinutesWithSeconds(String part) {
        return new InvalidCoordinateException(
                "Trong “" + part + "” số phút có phần lẻ nhưng vẫn có giây: khi ghi giây, số phút phải là số nguyên.");
    }

    static InvalidCoordinateException signInsideAngle(String part) {
        return new InvalidCoordinateException("Trong “" + part + "” dấu âm chỉ được đặt trước số độ.");
    }

    static InvalidCoordinateException minutesTooLarge(String minutes) {
        return new InvalidCoordinateException("Số phút phải nhỏ hơn 60, nhưng đang là " + minutes + ".");
    }

    static InvalidCoordinateException secondsTooLarge(String seconds) {
        return new InvalidCoordinateException("Số giây phải nhỏ hơn 60, nhưng đang là " + seconds + ".");
    }

    static InvalidCoordinateException latitudeOutOfRange(String latitude) {
        return new InvalidCoordinateException(
                "Vĩ độ " + latitude + " nằm ngoài khoảng cho phép: vĩ độ chỉ từ -90 đến 90.");
    }

    static InvalidCoordinateException longitudeOutOfRange(String longitude) {
        return new InvalidCoordinateException(
                "Kinh độ " + longitude + " nằm ngoài khoảng cho phép: kinh độ chỉ từ -180 đến 180.");
    }

    static InvalidCoordinateException noLatitudeInPair() {
        return new InvalidCoordinateException("Cả hai số đều lớn hơn 90 nên không số nào là vĩ độ được (vĩ độ chỉ từ"
                + " -90 đến 90). Hãy kiểm tra lại hai số.");
    }

    static InvalidCoordinateException hemisphereContradictsSign(String part, String hemisphere) {
        return new InvalidCoordinateException(
                "“" + part + "” vừa có dấu âm vừa ghi hướng " + hemisphere + ": hai điều này mâu thuẫn nhau.");
    }

    static InvalidCoordinateException twoMarkers(String part) {
        return new InvalidCoordinateException(
                "“" + part + "” ghi hai hướng (Bắc/Nam/Đông/Tây) hoặc hai nhãn cho cùng một giá trị.");
    }

    static InvalidCoordinateException labelContradictsHemisphere(String part) {
        return new InvalidCoordinateException("“" + part + "” vừa ghi là vĩ độ (hoặc kinh độ) vừa ghi hướng của trục"
                + " kia: vĩ độ đi với Bắc/Nam, kinh độ đi với Đông/Tây.");
    }

    static InvalidCoordinateException bothLatitudes() {
        return new InvalidCoordinateException(
                "Cả hai giá trị đều được ghi là vĩ độ (Bắc/Nam). Cần một vĩ độ và một" + " kinh độ (Đông/Tây).");
    }

    static InvalidCoordinateException bothLongitudes() {
        return new InvalidCoordinateException(
                "Cả hai giá trị đều được ghi là kinh độ (Đông/Tây). Cần một vĩ độ" + " (Bắc/Nam) và một kinh độ.");
    }

    static InvalidCoordinateException shortLink(String host) {
        return new InvalidCoordinateException("Liên kết rút gọn (" + host + ") chỉ mở ra được khi có mạng nên không đọc"
                + " được tọa độ. Hãy mở liên kết, rồi dán địa chỉ đầy đủ trên thanh địa chỉ của trình duyệt, hoặc dán"
                + " thẳng tọa độ.");
    }

    static InvalidCoordinateException linkWithoutCoordinates() {
        return new InvalidCoordinateException("Không tìm thấy tọa độ trong liên kết này. Hãy dán liên kết đầy đủ của"
                + " Google Maps, OpenStreetMap, Apple Maps hoặc Bing Maps, hoặc dán thẳng tọa độ (" + EXAMPLE + ").");
    }

    static InvalidCoordinateException vn2000WithoutMeridian() {
        return new InvalidCoordinateException("Tọa độ phẳng VN-2000 (X, Y) cần kèm kinh tuyến trục của tỉnh, ví dụ:"
                + " “X=2324567.12 Y=587654.32 KTT 105°00'”. Nếu đây là vĩ độ, kinh độ thì số quá lớn: hãy kiểm tra"
                + " dấu chấm thập phân.");
    }

    static InvalidCoordinateException unknownMeridian(String meridian) {
        return new InvalidCoordinateException("Kinh tuyến trục " + meridian + " không có trong danh sách kinh tuyến"
                + " trục VN-2000 của các tỉnh (Thông tư 973/2001/TT-TCĐC), ví dụ 105°00', 105°45', 107°45'.");
    }

    static InvalidCoordinateException vn2000NeedsTwoValues() {
        return new InvalidCoordinateException(
                "Tọa độ phẳng VN-2000 cần đủ hai giá trị X (hướng bắc) và Y (hướng đông), mỗi giá trị ghi một lần.");
    }

    static InvalidCoordinateException vn2000Swapped(String northingX, String eastingY) {
        return new InvalidCoordinateException("Có vẻ X và Y bị đảo chỗ (X=" + northingX + ", Y=" + eastingY + "): ở"
                + " VN-2000, X là tọa độ hướng bắc và Y là tọa độ hướng đông; ở Việt Nam " + EXTENT + ".");
    }

    static InvalidCoordinateException vn2000OutsideVietnam(String northingX, String eastingY) {
        return new InvalidCoordinateException(
                "Tọa độ VN-2000 X=" + northingX + ", Y=" + eastingY + " nằm ngoài Việt Nam: " + EXTENT + ".");
    }
}
