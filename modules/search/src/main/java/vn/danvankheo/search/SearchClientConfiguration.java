package vn.danvankheo.search;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.RestClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the 8.19 client by hand: Spring Boot 4.1 auto-configures the 9.x client, which an 8.19 server refuses
 * (docs/adr/0003). Building it opens no connection, so the application starts while search is down.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SearchProperties.class, ReindexProperties.class})
class SearchClientConfiguration {

    static final int CONNECT_TIMEOUT_MILLIS = 2_000;

    @Bean(destroyMethod = "close")
    RestClient searchRestClient(SearchProperties properties) {
        var builder = RestClient.builder(HttpHost.create(properties.url()))
                .setRequestConfigCallback(request -> request.setConnectTimeout(CONNECT_TIMEOUT_MILLIS)
                        .setSocketTimeout((int) properties.timeout().toMillis()));
        if (properties.username() != null) {
            var credentials = new BasicCredentialsProvider();
            credentials.setCredentials(
                    AuthScope.ANY, new UsernamePasswordCredentials(properties.username(), properties.password()));
            builder.setHttpClientConfigCallback(http -> http.setDefaultCredentialsProvider(credentials));
        }
        return builder.build();
    }

    @Bean
    ElasticsearchTransport searchTransport(RestClient searchRestClient) {
        return new RestClientTransport(searchRestClient, new Jackson3JsonpMapper());
    }

    @Bean
    ElasticsearchClient searchClient(ElasticsearchTransport searchTransport) {
        return new ElasticsearchClient(searchTransport);
    }

    @Bean
    ElasticsearchAsyncClient searchAsyncClient(ElasticsearchTransport searchTransport) {
        return new ElasticsearchAsyncClient(searchTransport);
    }
}
