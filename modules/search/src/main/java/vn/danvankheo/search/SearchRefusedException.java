package vn.danvankheo.search;

/** Elasticsearch answered a search with an error status; {@code body} is its error, as it wrote it. */
class SearchRefusedException extends RuntimeException {

    private final int status;
    private final String body;

    SearchRefusedException(int status, String body) {
        super("Elasticsearch answered " + status + ": " + body.substring(0, Math.min(body.length(), 500)));
        this.status = status;
        this.body = body;
    }

    boolean missingIndex() {
        return status == 404 && body.contains("index_not_found_exception");
    }
}
