package vn.danvankheo.media;

import vn.danvankheo.media.documents.DocumentType;

/** What an upload is meant to become; its content decides whether it does. */
public enum UploadKind {
    PHOTO("ảnh"),
    VIDEO("video"),
    DOCUMENT("tài liệu");

    private final String labelVi;

    UploadKind(String labelVi) {
        this.labelVi = labelVi;
    }

    /**
     * The type storage labels the upload with until its content is checked; a wrong guess is corrected then, so the
     * name never decides anything.
     */
    String contentTypeGuess(String fileName) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        return switch (this) {
            case PHOTO -> name.endsWith(".png") ? "image/png" : "image/jpeg";
            case VIDEO -> name.endsWith(".webm") ? "video/webm" : "video/mp4";
            case DOCUMENT ->
                name.endsWith(".docx")
                        ? DocumentType.DOCX.contentType()
                        : name.endsWith(".xlsx") ? DocumentType.XLSX.contentType() : DocumentType.PDF.contentType();
        };
    }

    /** The kind as a Vietnamese reader names it, for messages. */
    public String labelVi() {
        return labelVi;
    }
}
