package vn.danvankheo.testing;

/** The real PostGIS, S3 store and Elasticsearch that integration tests run against, and a way to fail them. */
public interface RealServices {

    ServiceEndpoints endpoints();

    /** Makes Elasticsearch unreachable until {@link #startSearch()}; its data is kept. */
    void stopSearch();

    /** Brings Elasticsearch back and returns once it answers. */
    void startSearch();

    /** Makes the object store unreachable until {@link #startStorage()}; its data is kept. */
    void stopStorage();

    /** Brings the object store back and returns once it answers. */
    void startStorage();
}
