package vn.danvankheo.search;

import java.util.ArrayList;
import java.util.List;

/** What facet values and badges say to a Vietnamese reader. */
final class FacetLabels {

    private FacetLabels() {}

    static String recognition(String level) {
        return switch (level) {
            case "GRASSROOTS" -> "Cấp cơ sở";
            case "PROVINCIAL" -> "Cấp tỉnh";
            case "CENTRAL" -> "Cấp Trung ương";
            default -> level;
        };
    }

    static String ownerKind(String kind) {
        return kind.equals("INDIVIDUAL") ? "Cá nhân" : "Tập thể";
    }

    static String stage(String continuing) {
        return continuing.equals("true") ? "Tiếp tục từ giai đoạn trước" : "Mô hình mới";
    }

    static String photos(String has) {
        return has.equals("true") ? "Có ảnh" : "Chưa có ảnh";
    }

    static String video(String has) {
        return has.equals("true") ? "Có video" : "Chưa có video";
    }

    /** The few facts a journalist scans a result for. */
    static List<String> badges(ModelDocument doc) {
        List<String> badges = new ArrayList<>();
        if (doc.recognitions() != null) {
            doc.recognitions()
                    .forEach(r -> badges.add(
                            "Điển hình " + recognition(r.level()).toLowerCase(java.util.Locale.ROOT) + " " + r.year()));
        }
        badges.add(stage(String.valueOf(doc.continuing())));
        if ("INDIVIDUAL".equals(doc.ownerKind())) {
            badges.add("Cá nhân");
        }
        if (doc.hasVideo()) {
            badges.add("Có video");
        }
        return badges;
    }
}
