package com.claimwire.ingest.articles;

import static com.claimwire.ingest.support.TestArticles.article;
import static com.claimwire.ingest.support.TestArticles.json;
import static com.claimwire.ingest.support.TestArticles.uniqueBody;
import static com.claimwire.ingest.support.TestArticles.uniqueUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.ArticleReceived;
import com.claimwire.contracts.ClaimIds;
import com.claimwire.contracts.EventCodec;
import com.claimwire.contracts.Topics;
import com.claimwire.ingest.IngestApplication;
import com.claimwire.ingest.support.IngestHttp;
import com.claimwire.ingest.support.TopicRecords;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * What {@code POST /api/articles} promises, against a real Kafka broker: subclasses say which broker. Each
 * subclass gets its own topic namespace; each test its own URLs.
 */
@SpringBootTest(classes = IngestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"claimwire.ingest.articles.max-request-size=256KB", "claimwire.ingest.articles.max-batch-size=50"})
abstract class ArticleIntakeScenarios {

    private static final String NAMESPACE = "it-articles-" + UUID.randomUUID().toString().substring(0, 8);

    @DynamicPropertySource
    static void namespace(DynamicPropertyRegistry registry) {
        registry.add("claimwire.kafka.namespace", () -> NAMESPACE);
    }

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    IngestHttp api;

    @BeforeEach
    void client() {
        api = new IngestHttp(port);
    }

    private String rawTopic() {
        return Topics.RAW_ARTICLES.qualifiedName(NAMESPACE);
    }

    private List<ArticleReceived> publishedUntil(String lastId) {
        return TopicRecords.readUntil(bootstrapServers, rawTopic(), record -> lastId.equals(record.key())).stream()
                .map(ConsumerRecord::value)
                .map(value -> EventCodec.decode(Topics.RAW_ARTICLES, value))
                .toList();
    }

    @Test
    void postedArticleIsPublishedToTheRawTopicKeyedByAnIdFromItsCanonicalUrl() {
        String url = uniqueUrl();
        Instant before = Instant.now();

        var answer = api.postJson("/api/articles", json(Map.of("url", url + "?utm_source=newsletter#top",
                "title", "Iran admits sending drones", "body", uniqueBody(60), "source", "IRNA", "language", "en",
                "publishedAt", "2022-11-05T09:30:00Z")));

        assertThat(answer.status()).isEqualTo(202);
        String id = ClaimIds.articleId(url);
        assertThat(answer.json().path("ids").get(0).asString()).isEqualTo(id);
        assertThat(answer.json().path("items").get(0).path("status").asString()).isEqualTo("accepted");

        List<ConsumerRecord<String, byte[]>> records = TopicRecords.readUntil(bootstrapServers, rawTopic(),
                record -> id.equals(record.key()));
        // Records of several partitions arrive interleaved: pick this article's record by its key.
        ArticleReceived published = records.stream().filter(record -> id.equals(record.key()))
                .map(record -> EventCodec.decode(Topics.RAW_ARTICLES, record.value()))
                .reduce((first, second) -> second).orElseThrow();
        assertThat(published.schemaVersion()).isEqualTo(ArticleReceived.SCHEMA_VERSION);
        assertThat(published.id()).isEqualTo(id);
        assertThat(published.version()).isEqualTo(1);
        assertThat(published.canonicalUrl()).isEqualTo(url);
        assertThat(published.url()).isEqualTo(url + "?utm_source=newsletter#top");
        assertThat(published.title()).isEqualTo("Iran admits sending drones");
        assertThat(published.source()).isEqualTo("IRNA");
        assertThat(published.publishedAt()).isEqualTo(Instant.parse("2022-11-05T09:30:00Z"));
        assertThat(published.contentHash()).hasSize(64);
        assertThat(published.receivedAt()).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(published.duplicateOf()).isNull();
    }

    @Test
    void batchAnswersOneIdAndStatusPerArticleInOrder() {
        var answer = api.postJson("/api/articles", json(List.of(
                article(uniqueUrl(), "First", uniqueBody(50)),
                Map.of("id", "wire-" + UUID.randomUUID(), "url", uniqueUrl(), "title", "Second", "body", uniqueBody(50)))));

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.json().path("ids")).hasSize(2);
        assertThat(answer.json().path("ids").get(1).asString()).startsWith("wire-");
        assertThat(answer.json().path("accepted").asInt()).isEqualTo(2);
        String lastId = answer.json().path("ids").get(1).asString();
        assertThat(publishedUntil(lastId)).extracting(ArticleReceived::id)
                .contains(answer.json().path("ids").get(0).asString(), lastId);
    }

    @Test
    void exactDuplicateIsNotRepublishedAndAChangeIsTheNextVersion() {
        Map<String, Object> article = article(uniqueUrl(), "Drones", uniqueBody(50));
        String id = api.postJson("/api/articles", json(article)).json().path("ids").get(0).asString();

        var again = api.postJson("/api/articles", json(article));
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().path("items").get(0).path("status").asString()).isEqualTo("duplicate");
        assertThat(again.json().path("duplicates").asInt()).isEqualTo(1);

        Map<String, Object> changed = article((String) article.get("url"), "Drones", uniqueBody(50));
        var update = api.postJson("/api/articles", json(changed));
        assertThat(update.json().path("items").get(0).path("status").asString()).isEqualTo("updated");
        assertThat(update.json().path("items").get(0).path("version").asInt()).isEqualTo(2);

        String marker = api.postJson("/api/articles", json(article(uniqueUrl(), "Marker", uniqueBody(40))))
                .json().path("ids").get(0).asString();
        assertThat(publishedUntil(marker)).filteredOn(published -> published.id().equals(id))
                .extracting(ArticleReceived::version).containsExactly(1, 2);
    }

    @Test
    void syndicatedCopyUnderAnotherUrlPointsAtTheFirstCopy() {
        String body = uniqueBody(120);
        String first = api.postJson("/api/articles", json(article(uniqueUrl(), "Original", body)))
                .json().path("ids").get(0).asString();

        var copy = api.postJson("/api/articles", json(article(uniqueUrl(), "Syndicated",
                "TEHRAN (Wire) - " + body + " Reporting by the Dubai newsroom.")));

        assertThat(copy.status()).isEqualTo(202);
        assertThat(copy.json().path("items").get(0).path("status").asString()).isEqualTo("accepted");
        assertThat(copy.json().path("items").get(0).path("duplicateOf").asString()).isEqualTo(first);
        String copyId = copy.json().path("ids").get(0).asString();
        assertThat(publishedUntil(copyId)).filteredOn(published -> published.id().equals(copyId))
                .extracting(ArticleReceived::duplicateOf).containsExactly(first);
    }

    @Test
    void invalidArticlesAnswer400ProblemDetailsNamingEveryBadField() {
        var answer = api.postJson("/api/articles", json(List.of(
                article(uniqueUrl(), "Fine", uniqueBody(40)),
                Map.of("url", "ftp://example.com/x", "title", "", "publishedAt", "last Tuesday"))));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("status").asInt()).isEqualTo(400);
        assertThat(answer.json().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("[1].url", "[1].title", "[1].body", "[1].publishedAt");
    }

    @Test
    void oversizedBodiesAnswer413ProblemDetailsWhetherDeclaredOrStreamed() {
        byte[] huge = json(article(uniqueUrl(), "Huge", "word ".repeat(80_000))).getBytes(StandardCharsets.UTF_8);

        var declared = api.post("/api/articles", "application/json", IngestHttp.API_KEY, new String(huge, StandardCharsets.UTF_8));
        var streamed = api.postJsonChunked("/api/articles", huge);

        for (IngestHttp.Answer answer : List.of(declared, streamed)) {
            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().path("detail").asString()).contains("exceeds the limit");
        }
    }

    @Test
    void batchOverTheArticleLimitAnswers413() {
        List<Map<String, Object>> batch = java.util.stream.IntStream.range(0, 51)
                .mapToObj(i -> article(uniqueUrl(), "T", "B")).toList();

        var answer = api.postJson("/api/articles", json(batch));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().path("detail").asString()).contains("51 articles");
    }

    @Test
    void wrongContentTypeAnswers415AndMalformedJson400AsProblemDetails() {
        var wrongType = api.post("/api/articles", "text/plain", IngestHttp.API_KEY, "url=x");
        var malformed = api.post("/api/articles", "application/json", IngestHttp.API_KEY, "{\"url\": ");

        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.contentType()).startsWith("application/problem+json");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.json().path("detail").asString()).startsWith("malformed JSON");
    }

    @Test
    void writesNeedAValidApiKeyThatIsNeverEchoed() {
        String body = json(article(uniqueUrl(), "T", "B"));

        var missing = api.post("/api/articles", "application/json", null, body);
        var wrong = api.post("/api/articles", "application/json", "secret-guess-123", body);

        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.text()).doesNotContain("secret-guess-123");
    }

    @Test
    void stateSurvivesARestartAndIsSharedWithAnotherInstance() {
        Map<String, Object> article = article(uniqueUrl(), "Shared", uniqueBody(50));
        assertThat(api.postJson("/api/articles", json(article)).json().path("items").get(0).path("status").asString())
                .isEqualTo("accepted");

        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(IngestApplication.class)
                .run("--server.port=0", "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                        "--claimwire.kafka.namespace=" + NAMESPACE)) {
            int secondPort = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
            var again = new IngestHttp(secondPort).postJson("/api/articles", json(article));

            assertThat(again.status()).isEqualTo(202);
            assertThat(again.json().path("items").get(0).path("status").asString()).isEqualTo("duplicate");
        }
    }

    @Test
    void readinessReflectsKafkaAndMetricsCountOutcomes() {
        api.postJson("/api/articles", json(article(uniqueUrl(), "Counted", uniqueBody(40))));

        JsonNode readiness = api.get("/actuator/health/readiness").json();
        assertThat(readiness.path("status").asString()).isEqualTo("UP");
        assertThat(readiness.path("components").path("kafka").path("status").asString()).isEqualTo("UP");
        assertThat(api.get("/actuator/prometheus").text())
                .contains("claimwire_ingest_articles_total{outcome=\"accepted\"}")
                .contains("claimwire_ingest_articles_total{outcome=\"duplicate\"}")
                .contains("claimwire_ingest_articles_total{outcome=\"rejected\"}");
    }
}
