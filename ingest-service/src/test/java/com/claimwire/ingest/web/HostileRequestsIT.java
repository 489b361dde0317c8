package com.claimwire.ingest.web;

import static com.claimwire.ingest.support.TestArticles.article;
import static com.claimwire.ingest.support.TestArticles.json;
import static com.claimwire.ingest.support.TestArticles.uniqueBody;
import static com.claimwire.ingest.support.TestArticles.uniqueUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.EventCodec;
import com.claimwire.ingest.IngestApplication;
import com.claimwire.ingest.support.IngestHttp;
import com.claimwire.localinfra.LocalKafka;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Hostile requests against the running service over HTTP: each gets a clear 4xx problem detail, and afterwards
 * the service still takes in a valid article.
 */
@SpringBootTest(classes = IngestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "claimwire.ingest.articles.max-request-size=2MB")
class HostileRequestsIT {

    private static final String NAMESPACE = "it-hostile-" + UUID.randomUUID().toString().substring(0, 8);

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> LocalKafka.shared().bootstrapServers());
        registry.add("claimwire.kafka.namespace", () -> NAMESPACE);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private record Answer(int status, String contentType, JsonNode problem) {
    }

    private Answer post(String path, String contentType, byte[] body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", contentType).header("X-API-Key", IngestHttp.API_KEY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode problem;
        try {
            problem = EventCodec.mapper().readTree(response.body());
        } catch (RuntimeException notJson) {
            problem = EventCodec.mapper().missingNode();
        }
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), problem);
    }

    private static void assertProblem(Answer answer, int status) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.problem().path("status").asInt()).isEqualTo(status);
        assertThat(answer.problem().path("detail").asString()).isNotBlank();
    }

    @AfterEach
    void theServiceStillTakesInAValidArticle() throws Exception {
        Answer valid = post("/api/articles", "application/json",
                json(article(uniqueUrl(), "Still standing", uniqueBody(40))).getBytes(StandardCharsets.UTF_8));

        assertThat(valid.status()).isEqualTo(202);
        assertThat(valid.problem().path("accepted").asInt()).isEqualTo(1);
    }

    @Test
    void invalidUtf8Answers400() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"url\":\"https://news.example.com/a\",\"title\":\"".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
        body.writeBytes("\",\"body\":\"text\"}".getBytes(StandardCharsets.UTF_8));

        assertProblem(post("/api/articles", "application/json", body.toByteArray()), 400);
    }

    @Test
    void deeplyNestedJsonAnswers400Quickly() throws Exception {
        int depth = 200_000;
        byte[] nested = ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8);
        byte[] nestedObjects = ("{\"a\":".repeat(depth) + "1" + "}".repeat(depth)).getBytes(StandardCharsets.UTF_8);

        assertProblem(post("/api/articles", "application/json", nested), 400);
        assertProblem(post("/api/articles", "application/json", nestedObjects), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"url\": ", "[{]", "null", "42", "\"just a string\"", "", "{\"url\":\"x\"}{\"url\":\"y\"}",
            "\u0000\u0000\u0000", "{\"url\":\"https://a.example/\",\"title\":NaN}"})
    void malformedOrMeaninglessJsonAnswers400(String body) throws Exception {
        assertProblem(post("/api/articles", "application/json", body.getBytes(StandardCharsets.UTF_8)), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            "application/octet-stream"})
    void wrongContentTypesAnswer415(String contentType) throws Exception {
        byte[] body = json(article(uniqueUrl(), "T", "B")).getBytes(StandardCharsets.UTF_8);

        assertProblem(post("/api/articles", contentType, body), 415);
    }

    @Test
    void anEnormousBatchIsRefusedByCountWith413() throws Exception {
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < 20_000; i++) {
            batch.append(i == 0 ? "" : ",").append("{\"url\":\"https://a.example/").append(i).append("\",\"title\":\"t\",\"body\":\"b\"}");
        }
        Answer answer = post("/api/articles", "application/json", batch.append(']').toString().getBytes(StandardCharsets.UTF_8));

        assertProblem(answer, 413);
        assertThat(answer.problem().path("detail").asString()).contains("20000 articles");
    }

    @Test
    void anOversizedBodyIsRefusedWith413() throws Exception {
        byte[] huge = json(article(uniqueUrl(), "Huge", "word ".repeat(600_000))).getBytes(StandardCharsets.UTF_8);

        assertProblem(post("/api/articles", "application/json", huge), 413);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/", "http://localhost/", "http://169.254.169.254/latest/meta-data/",
            "http://[::1]/", "http://[::ffff:169.254.169.254]/", "http://10.0.0.1/", "http://2130706433/",
            "http://0177.0.0.1/", "http://[fd00:ec2::254]/", "file:///etc/passwd", "gopher://127.0.0.1:25/"})
    void pageFetchesToLocalPrivateAndMetadataAddressesAreRefused(String url) throws Exception {
        Answer answer = post("/api/fetch", "application/json", json(Map.of("url", url)).getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isIn(400, 422);
        assertProblem(answer, answer.status());
        assertThat(List.of("urn:claimwire:problem:fetch-refused", "urn:claimwire:problem:invalid-articles"))
                .contains(answer.problem().path("type").asString());
    }
}
