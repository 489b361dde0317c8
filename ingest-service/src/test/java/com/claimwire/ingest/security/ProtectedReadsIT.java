package com.claimwire.ingest.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.ingest.IngestApplication;
import com.claimwire.localinfra.LocalKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With {@code claimwire.security.protect-reads=true} reads need the key too, except the health probes. */
@SpringBootTest(classes = IngestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"claimwire.security.protect-reads=true", "claimwire.security.api-keys=reader-key"})
class ProtectedReadsIT {

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> LocalKafka.shared().bootstrapServers());
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private int status(String method, String path, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).method(method, HttpRequest.BodyPublishers.noBody());
        if (key != null) {
            request.header("X-API-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void readsNeedAKnownKey() throws Exception {
        assertThat(status("GET", "/api/feeds", null)).isEqualTo(401);
        assertThat(status("HEAD", "/api/feeds", null)).isEqualTo(401);
        assertThat(status("GET", "/api/feeds", "wrong-key")).isEqualTo(403);
        assertThat(status("GET", "/api/feeds", "reader-key")).isEqualTo(200);
        assertThat(status("GET", "/actuator/prometheus", null)).isEqualTo(401);
    }

    @Test
    void healthProbesStayOpen() throws Exception {
        assertThat(status("GET", "/actuator/health/liveness", null)).isEqualTo(200);
        assertThat(status("GET", "/actuator/health/readiness", null)).isIn(200, 503);
        assertThat(status("GET", "/actuator/health", null)).isIn(200, 503);
    }
}
