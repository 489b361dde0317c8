package com.claimwire.search.config;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/** The official Elasticsearch client over the low-level REST client, with Jackson 3 for documents. */
@Configuration(proxyBeanMethods = false)
class ElasticsearchConfiguration {

    @Bean(destroyMethod = "close")
    RestClient elasticsearchRestClient(SearchProperties properties) {
        var es = properties.elasticsearch();
        return RestClient.builder(HttpHost.create(es.url().toString()))
                .setRequestConfigCallback(config -> config
                        .setConnectTimeout((int) es.connectTimeout().toMillis())
                        .setSocketTimeout((int) es.socketTimeout().toMillis()))
                .build();
    }

    @Bean
    ElasticsearchClient elasticsearchClient(RestClient restClient) {
        JsonMapper documents = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                // Bulk documents and kNN queries carry 384-float vectors: the JDK's float-to-text is the slow part.
                .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
        return new ElasticsearchClient(new RestClientTransport(restClient, new Jackson3JsonpMapper(documents)));
    }
}
