package vn.danvankheo.media.storage;

import io.minio.MinioAsyncClient;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.danvankheo.media.StorageProperties;
import vn.danvankheo.media.UploadProperties;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({StorageProperties.class, UploadProperties.class})
class StorageConfiguration {

    /** Building the client opens no connection, so the application starts even when storage is down. */
    @Bean
    MinioAsyncClient minioClient(StorageProperties properties) {
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(properties.timeout())
                .writeTimeout(properties.timeout())
                .build();
        return MinioAsyncClient.builder()
                .endpoint(properties.endpoint())
                .region(properties.region())
                .credentials(properties.accessKey(), properties.secretKey())
                .httpClient(http)
                .build();
    }
}
