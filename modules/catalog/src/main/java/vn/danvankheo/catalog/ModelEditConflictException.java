package vn.danvankheo.catalog;

/** Someone else saved the model since the editor opened it; their change is kept and this one is not applied. */
public class ModelEditConflictException extends RuntimeException {

    private final long currentVersion;

    public ModelEditConflictException(long currentVersion) {
        super("Mô hình vừa được người khác cập nhật (phiên bản " + currentVersion
                + "). Thay đổi của bạn chưa được lưu: hãy tải lại trang, xem thay đổi mới rồi sửa lại.");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
