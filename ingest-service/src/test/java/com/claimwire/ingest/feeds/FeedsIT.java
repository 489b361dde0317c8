package com.claimwire.ingest.feeds;

import static com.claimwire.ingest.support.TestArticles.json;
import static com.claimwire.ingest.support.TestArticles.uniqueBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.claimwire.contracts.ArticleReceived;
import com.claimwire.contracts.EventCodec;
import com.claimwire.contracts.Topics;
import com.claimwire.ingest.IngestApplication;
import com.claimwire.ingest.support.FixtureServer;
import com.claimwire.ingest.support.IngestHttp;
import com.claimwire.ingest.support.TestPages;
import com.claimwire.ingest.support.TopicRecords;
import com.claimwire.localinfra.LocalKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Feeds and pages against real Kafka and a real HTTP server on loopback (admitted by the allow-list, as
 * local testing needs): the registry survives a restart, polling takes new items in and reports status, a
 * broken feed does not stop a good one, and {@code POST /api/fetch} refuses what it must.
 */
@SpringBootTest(classes = IngestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"claimwire.ingest.fetch.allowed-addresses=127.0.0.1/32", "claimwire.ingest.fetch.per-host-interval=0s",
                "claimwire.ingest.feeds.min-poll-interval=1s"})
class FeedsIT {

    private static final String NAMESPACE = "it-feeds-" + UUID.randomUUID().toString().substring(0, 8);

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> LocalKafka.shared().bootstrapServers());
        registry.add("claimwire.kafka.namespace", () -> NAMESPACE);
    }

    @LocalServerPort
    int port;

    IngestHttp api;
    final FixtureServer server = new FixtureServer();

    @BeforeEach
    void client() {
        api = new IngestHttp(port);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private static List<String> paragraphs() {
        return List.of(uniqueBody(45), uniqueBody(50), uniqueBody(40), uniqueBody(35));
    }

    @Test
    void registeredFeedsSurviveARestartAndDeletionsReachOtherInstances() {
        var created = api.postJson("/api/feeds", json(Map.of("url", "https://feeds.example.com/" + UUID.randomUUID() + ".xml",
                "pollInterval", "PT1H", "tags", List.of("world"))));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(api.get("/api/feeds").json().findValuesAsString("id")).contains(id);

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(IngestApplication.class)
                .run("--server.port=0", "--spring.kafka.bootstrap-servers=" + LocalKafka.shared().bootstrapServers(),
                        "--claimwire.kafka.namespace=" + NAMESPACE, "--claimwire.ingest.feeds.poll-enabled=false")) {
            IngestHttp other = new IngestHttp(Integer.parseInt(restarted.getEnvironment().getProperty("local.server.port")));
            JsonNode feed = other.get("/api/feeds/" + id).json();
            assertThat(feed.path("pollInterval").asString()).isEqualTo("PT1H");
            assertThat(feed.path("tags").get(0).asString()).isEqualTo("world");

            assertThat(api.delete("/api/feeds/" + id).status()).isEqualTo(204);
            await().atMost(Duration.ofSeconds(20)).until(() -> other.get("/api/feeds/" + id).status() == 404);
        }
        assertThat(api.get("/api/feeds/" + id).status()).isEqualTo(404);
        assertThat(api.get("/api/feeds/" + id).contentType()).startsWith("application/problem+json");
    }

    @Test
    void invalidRegistrationsNameEveryBadField() {
        var answer = api.postJson("/api/feeds", json(Map.of("url", "ftp://example.com/feed", "pollInterval", "often",
                "tags", "world")));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("url", "pollInterval", "tags");
    }

    @Test
    void pollingTakesNewItemsInUsesConditionalRequestsAndABrokenFeedStopsNothing() {
        String first = "/news/" + UUID.randomUUID();
        String second = "/news/" + UUID.randomUUID();
        server.serve(first, "text/html; charset=utf-8", TestPages.articlePage("Minister admits drones", first, paragraphs()));
        server.serve(second, "text/html; charset=utf-8", TestPages.articlePage("Talks resume", second, paragraphs()));
        String rss = TestPages.rss("Example News", List.of(
                new String[] {"Minister admits drones", server.url(first)}, new String[] {"Talks resume", server.url(second)}));
        server.on("/feed.xml", exchange -> {
            exchange.getResponseHeaders().set("ETag", "\"feed-v1\"");
            if ("\"feed-v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
            } else {
                FixtureServer.respond(exchange, 200, "application/rss+xml", rss.getBytes(StandardCharsets.UTF_8));
            }
        });
        server.serve("/not-a-feed.xml", "application/rss+xml", "this is not a feed at all");
        server.on("/failing.xml", exchange -> FixtureServer.respond(exchange, 500, "text/plain", new byte[0]));

        List<String> broken = List.of("/not-a-feed.xml", "/failing.xml").stream()
                .map(path -> api.postJson("/api/feeds", json(Map.of("url", server.url(path), "pollInterval", 1)))
                        .json().path("id").asString())
                .toList();
        String good = api.postJson("/api/feeds", json(Map.of("url", server.url("/feed.xml"), "pollInterval", "PT1S",
                "tags", List.of("test")))).json().path("id").asString();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode status = api.get("/api/feeds/" + good).json().path("status");
            assertThat(status.path("articlesAccepted").asInt()).isEqualTo(2);
            assertThat(status.path("lastSuccessAt").isNull()).isFalse();
            assertThat(status.path("format").asString()).startsWith("rss");
            assertThat(status.path("itemsInFeed").asInt()).isEqualTo(2);
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(server.requests("/feed.xml")).anySatisfy(request ->
                        assertThat(request.headers().getFirst("If-None-Match")).isEqualTo("\"feed-v1\"")));
        for (String id : broken) {
            JsonNode brokenStatus = api.get("/api/feeds/" + id).json().path("status");
            assertThat(brokenStatus.path("lastError").asString()).as(brokenStatus.toString()).isNotBlank();
            assertThat(brokenStatus.path("consecutiveFailures").asInt()).isPositive();
            assertThat(brokenStatus.path("lastSuccessAt").isMissingNode() || brokenStatus.path("lastSuccessAt").isNull()).isTrue();
        }

        List<ArticleReceived> published = TopicRecords.readUntil(LocalKafka.shared().bootstrapServers(),
                        Topics.RAW_ARTICLES.qualifiedName(NAMESPACE),
                        record -> EventCodec.decode(Topics.RAW_ARTICLES, record.value()).url().endsWith(second)).stream()
                .map(record -> EventCodec.decode(Topics.RAW_ARTICLES, record.value())).toList();
        assertThat(published).filteredOn(article -> article.url().endsWith(first)).singleElement().satisfies(article -> {
            assertThat(article.title()).contains("Minister admits drones");
            assertThat(article.body()).contains(paragraphsStart(article.body()));
            assertThat(article.tags()).containsExactly("test");
            assertThat(article.source()).isEqualTo("Example News");
        });
        assertThat(server.requests(first)).hasSize(1);
    }

    private static String paragraphsStart(String body) {
        return body.substring(0, Math.min(20, body.length()));
    }

    @Test
    void fetchEndpointTakesAPageInAndRefusesUnsafeOrInvalidUrls() {
        String path = "/story/" + UUID.randomUUID();
        server.serve(path, "text/html; charset=utf-8", TestPages.articlePage("Ceasefire agreed", path, paragraphs()));

        var fetched = api.postJson("/api/fetch", json(Map.of("url", server.url(path))));
        var metadata = api.postJson("/api/fetch", json(Map.of("url", "http://169.254.169.254/latest/meta-data/")));
        var missing = api.postJson("/api/fetch", "{}");
        var notFound = api.postJson("/api/fetch", json(Map.of("url", server.url("/nothing-here"))));

        assertThat(fetched.status()).isEqualTo(202);
        assertThat(fetched.json().path("status").asString()).isEqualTo("accepted");
        assertThat(metadata.status()).isEqualTo(422);
        assertThat(metadata.contentType()).startsWith("application/problem+json");
        assertThat(metadata.json().path("detail").asString()).contains("169.254.169.254");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("errors").get(0).path("field").asString()).isEqualTo("url");
        assertThat(notFound.status()).isEqualTo(502);
        assertThat(notFound.json().path("detail").asString()).contains("404");
    }
}
