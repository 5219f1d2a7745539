package vn.danvankheo.testing;

/** How to reach the three real services, whichever way they were started. */
public record ServiceEndpoints(
        String postgresHost,
        int postgresPort,
        String postgresAdminDatabase,
        String postgresUser,
        String postgresPassword,
        String s3Endpoint,
        String s3AccessKey,
        String s3SecretKey,
        String elasticsearchUrl) {

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + postgresHost + ":" + postgresPort + "/" + database;
    }
}
