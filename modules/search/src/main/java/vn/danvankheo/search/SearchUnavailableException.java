package vn.danvankheo.search;

public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(Throwable cause) {
        super("Tìm kiếm tạm thời gián đoạn. Vui lòng thử lại sau ít phút.", cause);
    }
}
