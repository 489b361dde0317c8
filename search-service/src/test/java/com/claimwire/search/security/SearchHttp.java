package com.claimwire.search.security;

import com.claimwire.localinfra.LocalElasticsearch;
import com.claimwire.localinfra.LocalKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A real HTTP client for search-service on loopback, and the real infrastructure it runs against. */
final class SearchHttp {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;

    SearchHttp(int port) {
        this.port = port;
    }

    static void infrastructure(DynamicPropertyRegistry registry, String namespace) {
        registry.add("spring.kafka.bootstrap-servers", () -> LocalKafka.shared().bootstrapServers());
        registry.add("claimwire.search.elasticsearch.url", () -> LocalElasticsearch.shared().url());
        registry.add("claimwire.kafka.namespace", () -> namespace);
        registry.add("claimwire.search.index-prefix", () -> namespace);
    }

    HttpResponse<String> send(String method, String path, String key, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    int status(String method, String path, String key) throws Exception {
        return send(method, path, key, null, null).statusCode();
    }
}
