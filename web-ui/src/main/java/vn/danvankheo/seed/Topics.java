package vn.danvankheo.seed;

import java.util.List;
import vn.danvankheo.catalog.Field;

/** Kinds of models of each 2026–2030 field, written after the examples of the guidance (seed 002, section III). */
final class Topics {

    private static final List<Topic> ECONOMY = List.of(
            new Topic(
                    "Dân vận khéo trong hiến đất làm đường",
                    "Vận động nhân dân hiến đất, góp công mở rộng đường giao thông nông thôn",
                    "cán bộ đến từng nhà lắng nghe, giải thích để bà con tự nguyện hiến đất mở đường.",
                    "Hơn 3 km đường được mở rộng mà không phải bồi thường.",
                    "hiến đất làm đường"),
            new Topic(
                    "Chuyển đổi số cùng người dân",
                    "Tổ công nghệ số cộng đồng hướng dẫn người dân dùng dịch vụ công trực tuyến",
                    "đoàn viên thanh niên đến từng hộ cài đặt ứng dụng và hướng dẫn thanh toán không dùng tiền mặt.",
                    "Tỷ lệ hồ sơ trực tuyến tăng gấp ba.",
                    "chuyển đổi số"),
            new Topic(
                    "Hợp tác xã sản phẩm OCOP",
                    "Liên kết hộ sản xuất xây dựng sản phẩm OCOP",
                    "các hộ cùng góp vốn, học kỹ thuật và đăng ký nhãn hiệu cho nông sản của địa phương.",
                    "Sản phẩm đạt OCOP 3 sao, thu nhập thành viên tăng 30%.",
                    "OCOP"),
            new Topic(
                    "Tuyến đường xanh, sạch, đẹp",
                    "Phân loại rác tại nguồn và trồng hoa trên các tuyến đường",
                    "hội viên phụ nữ nhận chăm sóc từng đoạn đường và hướng dẫn phân loại rác tại nguồn.",
                    "Lượng rác phải chôn lấp giảm một nửa.",
                    "môi trường"));
    private static final List<Topic> CULTURE = List.of(
            new Topic(
                    "Tủ sách cộng đồng",
                    "Xây dựng tủ sách và không gian đọc cho thiếu nhi",
                    "nhà văn hoá được mở cửa mỗi tối để các em đọc sách, học nhóm.",
                    "Hơn 2.000 lượt mượn sách mỗi năm.",
                    "văn hoá đọc"),
            new Topic(
                    "Mái ấm tình thương",
                    "Vận động xây nhà cho hộ nghèo, hộ có hoàn cảnh khó khăn",
                    "mặt trận vận động doanh nghiệp và con em xa quê cùng góp sức xây nhà.",
                    "Mười hai căn nhà được bàn giao.",
                    "an sinh xã hội"),
            new Topic(
                    "Câu lạc bộ gia đình hạnh phúc",
                    "Sinh hoạt câu lạc bộ phòng chống bạo lực gia đình",
                    "các cặp vợ chồng trẻ sinh hoạt hằng tháng, chia sẻ kinh nghiệm nuôi dạy con.",
                    "Không còn vụ bạo lực gia đình nào được ghi nhận.",
                    "gia đình"));
    private static final List<Topic> DEFENCE = List.of(
            new Topic(
                    "Camera an ninh cộng đồng",
                    "Lắp camera giám sát an ninh trật tự bằng nguồn xã hội hoá",
                    "công an cùng người dân góp tiền lắp camera tại các ngã ba, ngã tư.",
                    "Trộm cắp tài sản giảm rõ rệt.",
                    "an ninh trật tự"),
            new Topic(
                    "Tổ tự quản an toàn giao thông",
                    "Tổ tự quản đưa đón học sinh qua đường an toàn",
                    "đoàn viên và cựu chiến binh thay nhau đứng đường giờ tan học.",
                    "Không xảy ra tai nạn giao thông trước cổng trường.",
                    "an toàn giao thông"),
            new Topic(
                    "Kết nghĩa đôi bờ biên giới",
                    "Giao lưu, kết nghĩa giữa các bản hai bên biên giới",
                    "bộ đội biên phòng cùng già làng tổ chức giao lưu văn hoá, giúp nhau sản xuất.",
                    "Đường biên giới hoà bình, hữu nghị.",
                    "đối ngoại nhân dân"));
    private static final List<Topic> PARTY = List.of(
            new Topic(
                    "Đối thoại với dân mỗi quý",
                    "Bí thư, chủ tịch đối thoại trực tiếp với nhân dân",
                    "mỗi quý lãnh đạo xã ngồi cùng người dân nghe kiến nghị và trả lời tại chỗ.",
                    "Hầu hết kiến nghị được giải quyết trong tháng.",
                    "dân chủ cơ sở"),
            new Topic(
                    "Đảng viên gắn với hộ gia đình",
                    "Mỗi đảng viên phụ trách một nhóm hộ",
                    "mỗi đảng viên nhận theo dõi, giúp đỡ mười hộ gia đình quanh nhà mình.",
                    "Mọi tin báo của dân đều được chuyển đến chi bộ trong ngày.",
                    "xây dựng Đảng"));

    private Topics() {}

    static List<Topic> of(Field field) {
        return switch (field) {
            case ECONOMY_SCIENCE_ENVIRONMENT -> ECONOMY;
            case CULTURE_SOCIETY_PEOPLE -> CULTURE;
            case DEFENCE_SECURITY_FOREIGN_AFFAIRS -> DEFENCE;
            case PARTY_AND_POLITICAL_SYSTEM -> PARTY;
        };
    }
}
