package com.claimwire.ingest.articles;

import static com.claimwire.ingest.support.TestArticles.article;
import static com.claimwire.ingest.support.TestArticles.json;
import static com.claimwire.ingest.support.TestArticles.uniqueUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.ingest.IngestApplication;
import com.claimwire.ingest.support.IngestHttp;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With no broker reachable, ingest says so: not ready, and pushes answer 503 problem details to retry later. */
@SpringBootTest(classes = IngestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "claimwire.ingest.dedup.warmup-timeout=1s")
class IngestWithoutKafkaIT {

    @DynamicPropertySource
    static void unreachableKafka(DynamicPropertyRegistry registry) throws IOException {
        try (ServerSocket nobodyListens = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + nobodyListens.getLocalPort());
        }
    }

    @LocalServerPort
    int port;

    @Test
    void readinessIsDownAndPushesAnswer503WithRetryAfter() {
        IngestHttp api = new IngestHttp(port);

        var readiness = api.get("/actuator/health/readiness");
        var push = api.postJson("/api/articles", json(article(uniqueUrl(), "T", "Body")));

        assertThat(readiness.status()).isEqualTo(503);
        assertThat(readiness.json().path("components").path("kafka").path("status").asString()).isEqualTo("DOWN");
        assertThat(push.status()).isEqualTo(503);
        assertThat(push.contentType()).startsWith("application/problem+json");
        assertThat(push.json().path("detail").asString()).contains("retry");
        assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
    }
}
