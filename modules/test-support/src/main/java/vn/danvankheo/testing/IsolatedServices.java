package vn.danvankheo.testing;

import io.minio.AbortMultipartUploadArgs;
import io.minio.BucketExistsArgs;
import io.minio.ListMultipartUploadsArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioAsyncClient;
import io.minio.MinioClient;
import io.minio.RemoveBucketArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.messages.Item;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A test's own database, bucket and index prefix on the shared real services. */
public final class IsolatedServices {

    private final ServiceEndpoints endpoints;
    private final String database;
    private final String bucket;
    private final String indexPrefix;

    private IsolatedServices(ServiceEndpoints endpoints, String name) {
        this.endpoints = endpoints;
        String safe = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "-");
        this.database = "dvk_test_" + safe.replace('-', '_');
        this.bucket = "test-" + safe;
        this.indexPrefix = "test-" + safe;
    }

    static IsolatedServices create(RealServices services, String name) {
        var isolated = new IsolatedServices(services.endpoints(), name);
        isolated.resetDatabase();
        isolated.resetBucket();
        isolated.resetIndices();
        return isolated;
    }

    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> endpoints.jdbcUrl(database));
        registry.add("spring.datasource.username", endpoints::postgresUser);
        registry.add("spring.datasource.password", endpoints::postgresPassword);
        registry.add("dvk.storage.endpoint", endpoints::s3Endpoint);
        registry.add("dvk.storage.access-key", endpoints::s3AccessKey);
        registry.add("dvk.storage.secret-key", endpoints::s3SecretKey);
        registry.add("dvk.storage.bucket", () -> bucket);
        registry.add("dvk.search.url", endpoints::elasticsearchUrl);
        registry.add("dvk.search.index-prefix", () -> indexPrefix);
    }

    /** Connections of their own to the test's database, as another instance of the application opens them. */
    public DataSource newDataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(endpoints.jdbcUrl(database));
        dataSource.setUser(endpoints.postgresUser());
        dataSource.setPassword(endpoints.postgresPassword());
        return dataSource;
    }

    private Connection openDatabase() throws SQLException {
        return DriverManager.getConnection(
                endpoints.jdbcUrl(database), endpoints.postgresUser(), endpoints.postgresPassword());
    }

    private void resetDatabase() {
        try (Connection admin = DriverManager.getConnection(
                        endpoints.jdbcUrl(endpoints.postgresAdminDatabase()),
                        endpoints.postgresUser(),
                        endpoints.postgresPassword());
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + database, e);
        }
        try (Connection own = openDatabase();
                Statement sql = own.createStatement()) {
            sql.execute("CREATE EXTENSION IF NOT EXISTS postgis");
        } catch (SQLException e) {
            throw new IllegalStateException("PostGIS is not available in " + database, e);
        }
    }

    private void resetBucket() {
        MinioClient minio = MinioClient.builder()
                .endpoint(endpoints.s3Endpoint())
                .credentials(endpoints.s3AccessKey(), endpoints.s3SecretKey())
                .build();
        try {
            if (!minio.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                return;
            }
            abortPendingUploads();
            for (Result<Item> item : minio.listObjects(
                    ListObjectsArgs.builder().bucket(bucket).recursive(true).build())) {
                minio.removeObject(RemoveObjectArgs.builder()
                        .bucket(bucket)
                        .object(item.get().objectName())
                        .build());
            }
            minio.removeBucket(RemoveBucketArgs.builder().bucket(bucket).build());
        } catch (Exception e) {
            throw new IllegalStateException("Could not empty test bucket " + bucket, e);
        }
    }

    /** Parts of an upload a run left unfinished keep the bucket from being removed, and are not listed as objects. */
    private void abortPendingUploads() throws Exception {
        MinioAsyncClient minio = MinioAsyncClient.builder()
                .endpoint(endpoints.s3Endpoint())
                .credentials(endpoints.s3AccessKey(), endpoints.s3SecretKey())
                .build();
        while (true) {
            var page = minio.listMultipartUploads(
                            ListMultipartUploadsArgs.builder().bucket(bucket).build())
                    .get()
                    .result();
            for (var upload : page.uploads()) {
                minio.abortMultipartUpload(AbortMultipartUploadArgs.builder()
                                .bucket(bucket)
                                .object(upload.objectName())
                                .uploadId(upload.uploadId())
                                .build())
                        .get();
            }
            if (!page.isTruncated() || page.uploads().isEmpty()) {
                return;
            }
        }
    }

    private void resetIndices() {
        HttpClient http = HttpClient.newHttpClient();
        try {
            String listed = http.send(
                            HttpRequest.newBuilder(URI.create(endpoints.elasticsearchUrl() + "/_cat/indices/"
                                            + indexPrefix + "-*?h=index"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            for (String index : listed.strip().split("\\s+")) {
                if (!index.isBlank()) {
                    http.send(
                            HttpRequest.newBuilder(URI.create(endpoints.elasticsearchUrl() + "/" + index))
                                    .DELETE()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not clear test indices " + indexPrefix + "-*", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
