package vn.danvankheo.testing;

import org.testcontainers.containers.MinIOContainer;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The same services as containers, for machines with a Docker engine. "Stopping" pauses a container: a restarted
 * container would come back on another mapped port, which the running application could not follow.
 */
final class ContainerServices implements RealServices {

    private static final String ACCESS_KEY = "dvk-access";
    private static final String SECRET_KEY = "dvk-secret-key-0123456789";

    private final PostgreSQLContainer postgres = new PostgreSQLContainer(
            DockerImageName.parse("postgis/postgis:15-3.5").asCompatibleSubstituteFor("postgres"));
    private final MinIOContainer minio = new MinIOContainer("minio/minio:RELEASE.2025-04-22T22-12-26Z")
            .withUserName(ACCESS_KEY)
            .withPassword(SECRET_KEY);
    private final ElasticsearchContainer elasticsearch = new ElasticsearchContainer(
                    "docker.elastic.co/elasticsearch/elasticsearch:8.19.21")
            .withEnv("xpack.security.enabled", "false")
            .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");

    ContainerServices() {
        postgres.start();
        minio.start();
        elasticsearch.start();
    }

    @Override
    public ServiceEndpoints endpoints() {
        return new ServiceEndpoints(
                postgres.getHost(),
                postgres.getMappedPort(5432),
                postgres.getDatabaseName(),
                postgres.getUsername(),
                postgres.getPassword(),
                minio.getS3URL(),
                ACCESS_KEY,
                SECRET_KEY,
                "http://" + elasticsearch.getHttpHostAddress());
    }

    @Override
    public void stopSearch() {
        elasticsearch
                .getDockerClient()
                .pauseContainerCmd(elasticsearch.getContainerId())
                .exec();
    }

    @Override
    public void startSearch() {
        elasticsearch
                .getDockerClient()
                .unpauseContainerCmd(elasticsearch.getContainerId())
                .exec();
    }

    @Override
    public void stopStorage() {
        minio.getDockerClient().pauseContainerCmd(minio.getContainerId()).exec();
    }

    @Override
    public void startStorage() {
        minio.getDockerClient().unpauseContainerCmd(minio.getContainerId()).exec();
    }
}
