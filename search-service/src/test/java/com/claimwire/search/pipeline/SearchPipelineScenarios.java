package com.claimwire.search.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import com.claimwire.contracts.ArticleAnalyzed;
import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.EventCodec;
import com.claimwire.contracts.SpeakerKind;
import com.claimwire.embeddings.MiniLmClaimEmbedder;
import com.claimwire.search.indexing.IndexBootstrap;
import com.claimwire.search.indexing.IndexKind;
import com.claimwire.search.indexing.IndexedTopics;
import com.claimwire.search.indexing.TextAnalysis;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search service's spine as a specification, against real Kafka and Elasticsearch: enriched articles and claims
 * go in through Kafka, come out of the HTTP search API. Subclasses supply the infrastructure (local processes or
 * Testcontainers) and how to interrupt Elasticsearch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
abstract class SearchPipelineScenarios {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @LocalServerPort
    int port;
    @Autowired
    IndexedTopics topics;
    @Autowired
    IndexBootstrap indices;
    @Autowired
    ElasticsearchClient elasticsearch;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    private PipelineDriver driver;

    /** Whether {@link #stopElasticsearch()} and {@link #startElasticsearch()} are possible. */
    abstract boolean canInterruptElasticsearch();

    /** Makes Elasticsearch unreachable, keeping its data. */
    abstract void stopElasticsearch();

    /** Makes Elasticsearch reachable again, returning once it is healthy. */
    abstract void startElasticsearch();

    @BeforeAll
    void connect() {
        driver = new PipelineDriver(bootstrapServers, port, topics);
    }

    @AfterAll
    void disconnect() {
        driver.close();
    }

    // ---------------------------------------------------------------------------------------------- scenarios

    @Test
    void enrichedArticleAndItsClaimsBecomeSearchableWithHighlights() {
        String source = unique("Tehran Times");
        TestArticles article = TestArticles.article(unique("seed")).source(source)
                .title("Iran admits sending drones to Russia")
                .quote("We provided Russia with a small number of drones months before the start of the Ukraine war",
                        "Hossein Amir-Abdollahian", SpeakerKind.PERSON, ClaimType.ADMISSION, List.of("Iran", "Russia"))
                .quote("Iran is preparing to provide Russia with up to several hundred drones", "Jake Sullivan",
                        SpeakerKind.PERSON, ClaimType.ALLEGATION, List.of("Iran", "Russia", "United States"));

        publish(article);

        JsonNode claims = awaitTotal("/api/claims/search?q=drones&source=" + encode(source), 2);
        JsonNode admission = hitBy(claims, "speaker", "Hossein Amir-Abdollahian");
        assertThat(admission.get("type").asString()).isEqualTo("ADMISSION");
        assertThat(admission.get("articleId").asString()).isEqualTo(article.build().id());
        assertThat(admission.get("text").asString()).startsWith("We provided Russia");
        assertThat(admission.get("highlight").asString()).contains("<mark>drones</mark>");
        assertThat(admission.get("publishedAt").asString()).isEqualTo("2022-11-05T10:00:00Z");
        assertThat(admission.get("articleUrl").asString()).isEqualTo("https://news.example/" + article.build().id());
        assertThat(admission.at("/tracking/status").asString()).isIn("NEW", "REPEATED", "REVERSAL", "DISPUTED");
        assertThat(claims.at("/facets/speakers").findValuesAsString("value"))
                .containsExactlyInAnyOrder("Hossein Amir-Abdollahian", "Jake Sullivan");

        JsonNode articles = awaitTotal("/api/articles/search?q=drones&source=" + encode(source), 1);
        JsonNode hit = articles.at("/hits/0");
        assertThat(hit.get("titleHighlight").asString()).contains("<mark>drones</mark>");
        assertThat(hit.get("claimCount").asInt()).isEqualTo(2);
        assertThat(hit.get("speakers").findValuesAsString("")).isEmpty();
        assertThat(hit.get("highlight").toString()).contains("<mark>drones</mark>");
    }

    @Test
    void redeliveryNeverDuplicatesAndAnOlderVersionNeverOverwritesANewerOne() throws Exception {
        String source = unique("Wire");
        String id = unique("redelivered");
        TestArticles first = TestArticles.article(id).source(source).title("First version")
                .quote("Talks will resume next week", "Government spokesperson", SpeakerKind.GOVERNMENT,
                        ClaimType.COMMITMENT, List.of("Ukraine"));
        TestArticles second = TestArticles.article(id).version(2).source(source).title("Second version")
                .quote("Talks will resume next week", "Government spokesperson", SpeakerKind.GOVERNMENT,
                        ClaimType.COMMITMENT, List.of("Ukraine"));

        publish(first);
        publish(second);
        publish(first);
        publish(second);
        awaitConsumed();
        refresh();

        JsonNode articles = get("/api/articles/search?source=" + encode(source));
        assertThat(articles.get("total").asLong()).isEqualTo(1);
        assertThat(articles.at("/hits/0/title").asString()).isEqualTo("Second version");
        assertThat(articles.at("/hits/0/version").asInt()).isEqualTo(2);
        JsonNode claims = get("/api/claims/search?source=" + encode(source));
        assertThat(claims.get("total").asLong()).isEqualTo(1);
        assertThat(claims.at("/hits/0/articleVersion").asInt()).isEqualTo(2);
    }

    @Test
    void poisonRecordOfEachInputTopicGoesToDeadLetterWhileTheNextGoodRecordIsIndexed() {
        String source = unique("Poisoned Wire");
        String enriched = topics.enrichedArticles();
        String claimsTopic = topics.claims();
        TestArticles good = TestArticles.article(unique("good")).source(source).title("After the poison")
                .quote("The ceasefire holds", "UN envoy", SpeakerKind.PERSON, ClaimType.ASSERTION, List.of("Yemen"));
        ArticleAnalyzed valid = good.build();
        ClaimExtracted validClaim = good.claimEvents().get(0);
        String huge = "x".repeat(40_000);
        String key = valid.id();

        send(enriched, key, "{not json".getBytes(StandardCharsets.UTF_8));
        send(enriched, key, EventCodec.encodeToString(valid).replace("\"schemaVersion\":1", "\"schemaVersion\":99")
                .getBytes(StandardCharsets.UTF_8));
        send(enriched, key, EventCodec.encodeToString(valid).replace("\"id\":\"" + key + "\"", "\"id\":\"\"")
                .getBytes(StandardCharsets.UTF_8));
        send(enriched, key, EventCodec.encode(withLanguage(valid, huge)));
        send(claimsTopic, key, "[]".getBytes(StandardCharsets.UTF_8));
        send(claimsTopic, key, EventCodec.encodeToString(validClaim)
                .replace("\"schemaVersion\":1", "\"schemaVersion\":2").getBytes(StandardCharsets.UTF_8));
        send(claimsTopic, key, EventCodec.encodeToString(validClaim).replace("\"type\":\"ASSERTION\",", "")
                .getBytes(StandardCharsets.UTF_8));
        send(claimsTopic, key, EventCodec.encode(withEmbedding(validClaim, new float[] {1, 0, 0})));
        send(claimsTopic, key, EventCodec.encode(withLanguage(validClaim, huge)));
        publish(good);

        awaitTotal("/api/articles/search?source=" + encode(source), 1);
        awaitTotal("/api/claims/search?source=" + encode(source), 1);
        List<ConsumerRecord<String, byte[]>> articleDeadLetters = awaitDeadLetters(topics.deadLetterTopicOf(enriched),
                key, 4);
        assertThat(articleDeadLetters).extracting(record -> header(record, "claimwire-dlt-reason"))
                .satisfiesExactly(
                        reason -> assertThat(reason).startsWith("not JSON"),
                        reason -> assertThat(reason).contains("unknown schema version 99"),
                        reason -> assertThat(reason).contains("id is missing"),
                        reason -> assertThat(reason).contains("rejected by Elasticsearch"));
        assertThat(articleDeadLetters).allSatisfy(record -> {
            assertThat(header(record, "kafka_dlt-original-topic")).isEqualTo(enriched);
            assertThat(record.headers().lastHeader("kafka_dlt-original-offset")).isNotNull();
            assertThat(record.headers().lastHeader("kafka_dlt-original-partition")).isNotNull();
        });
        List<ConsumerRecord<String, byte[]>> claimDeadLetters = awaitDeadLetters(topics.deadLetterTopicOf(claimsTopic),
                key, 5);
        assertThat(claimDeadLetters).extracting(record -> header(record, "claimwire-dlt-reason"))
                .satisfiesExactly(
                        reason -> assertThat(reason).contains("not a JSON object"),
                        reason -> assertThat(reason).contains("unknown schema version 2"),
                        reason -> assertThat(reason).contains("claim.type is missing"),
                        reason -> assertThat(reason).contains("3 dimensions"),
                        reason -> assertThat(reason).contains("rejected by Elasticsearch"));
        assertThat(claimDeadLetters).allSatisfy(record ->
                assertThat(header(record, "kafka_dlt-original-topic")).isEqualTo(claimsTopic));
    }

    @Test
    void elasticsearchOutageLosesNothingAndDuplicatesNothing() throws Exception {
        Assumptions.assumeTrue(canInterruptElasticsearch(), "this Elasticsearch cannot be stopped from the test");
        String source = unique("Outage Wire");
        List<TestArticles> articles = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            articles.add(TestArticles.article(unique("outage-" + i)).source(source).title("Report " + i)
                    .quote("Power was restored in district " + i, "Utility " + (i % 3), SpeakerKind.ORGANIZATION,
                            ClaimType.ASSERTION, List.of("Kyiv"))
                    .quote("Repairs in district " + i + " will finish by Friday", "Mayor", SpeakerKind.PERSON,
                            ClaimType.COMMITMENT, List.of("Kyiv")));
        }
        articles.subList(0, 5).forEach(this::publish);

        stopElasticsearch();
        try {
            articles.subList(5, 20).forEach(this::publish);
            await().atMost(PATIENCE).untilAsserted(() ->
                    assertThat(status("/actuator/health/readiness")).isEqualTo(503));
        } finally {
            startElasticsearch();
        }

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(this::assertConsumed);
        refresh();
        JsonNode indexedArticles = get("/api/articles/search?size=100&source=" + encode(source));
        assertThat(indexedArticles.get("total").asLong()).isEqualTo(20);
        assertThat(indexedArticles.get("hits").findValuesAsString("id")).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(articles.stream().map(a -> a.build().id()).toList());
        JsonNode indexedClaims = get("/api/claims/search?size=100&source=" + encode(source));
        assertThat(indexedClaims.get("total").asLong()).isEqualTo(40);
        assertThat(indexedClaims.get("hits").findValuesAsString("id")).doesNotHaveDuplicates().hasSize(40);
        assertThat(status("/actuator/health/readiness")).isEqualTo(200);
    }

    @Test
    void filtersFacetsAndPaginationStayCorrectDeepIntoResults() {
        String entity = unique("Atlantis");
        String[] speakers = {"Alice Minister", "Bob Spokesman", "Carol Envoy", "Dan Analyst"};
        ClaimType[] types = ClaimType.values();
        List<ClaimExtracted> expected = new ArrayList<>();
        for (int a = 0; a < 25; a++) {
            TestArticles article = TestArticles.article(unique("deep-" + a))
                    .source(a % 2 == 0 ? "Even Outlet" : "Odd Outlet")
                    .publishedAt(Instant.parse("2022-11-01T08:00:00Z").plus(Duration.ofHours(9L * (a % 8))))
                    .title("Harbour dispute, day " + a);
            for (int c = 0; c < 6; c++) {
                int n = a * 6 + c;
                article.quote("The harbour fees rose by " + n + " percent in quarter " + (c + 1),
                        speakers[n % speakers.length], SpeakerKind.PERSON, types[n % types.length], List.of(entity));
            }
            publish(article);
            expected.addAll(article.claimEvents());
        }
        String filter = "&entity=" + encode(entity);
        awaitTotal("/api/claims/search?size=1" + filter, expected.size());

        List<String> newestFirst = expected.stream()
                .sorted(Comparator.comparing((ClaimExtracted e) -> e.publishedAt()).reversed()
                        .thenComparing(e -> e.claim().id()))
                .map(e -> e.claim().id()).toList();
        assertThat(pageThrough("/api/claims/search?sort=newest&size=7" + filter)).containsExactlyElementsOf(newestFirst);
        assertThat(pageThrough("/api/claims/search?q=harbour+fees&size=9" + filter))
                .containsExactlyInAnyOrderElementsOf(newestFirst);

        JsonNode all = get("/api/claims/search?size=1&facetSize=20&interval=day" + filter);
        assertThat(facet(all, "speakers")).isEqualTo(count(expected, e -> e.claim().speaker().name()));
        assertThat(facet(all, "types")).isEqualTo(count(expected, e -> e.claim().type().name()));
        assertThat(facet(all, "sources")).isEqualTo(count(expected, ClaimExtracted::source));
        assertThat(facet(all, "entities")).containsEntry(entity, (long) expected.size());
        assertThat(facet(all, "statuses").values().stream().mapToLong(Long::longValue).sum()).isEqualTo(expected.size());
        assertThat(facet(all, "dates")).isEqualTo(count(expected, e -> e.publishedAt().truncatedTo(
                ChronoUnit.DAYS).toString().replace("Z", ".000Z")));

        long aliceDenials = expected.stream().filter(e -> e.claim().speaker().name().equals("Alice Minister")
                && e.claim().type() == ClaimType.DENIAL).count();
        assertThat(get("/api/claims/search?speaker=Alice+Minister&type=denial" + filter).get("total").asLong())
                .isEqualTo(aliceDenials);
        long evenOnFirstTwoDays = expected.stream().filter(e -> e.source().equals("Even Outlet")
                && e.publishedAt().isBefore(Instant.parse("2022-11-03T00:00:00Z"))).count();
        assertThat(get("/api/claims/search?source=Even+Outlet&from=2022-11-01&to=2022-11-02" + filter)
                .get("total").asLong()).isEqualTo(evenOnFirstTwoDays);
        JsonNode articles = get("/api/articles/search?size=1&facetSize=20" + filter);
        assertThat(articles.get("total").asLong()).isEqualTo(25);
        assertThat(facet(articles, "speakers")).containsOnlyKeys(speakers);
    }

    @Test
    void similarClaimsFindsTheSameMeaningInOtherWords() {
        String entity = unique("Meaning");
        var embedder = new MiniLmClaimEmbedder();
        String drones = "We provided Russia with a small number of drones months before the war";
        String rates = "The central bank will raise interest rates by half a point";
        String football = "Our team won the championship final on penalties";
        TestArticles article = TestArticles.article(unique("similar")).title("Three claims");
        for (String text : List.of(drones, rates, football)) {
            article.quote(text, "Speaker", SpeakerKind.PERSON, ClaimType.ASSERTION, List.of(entity),
                    embedder.embed(List.of(text)).get(0));
        }
        publish(article);
        awaitTotal("/api/claims/search?entity=" + encode(entity), 3);

        String question = encode("Iran supplied Moscow with unmanned aircraft");
        JsonNode semantic = get("/api/claims/similar?mode=semantic&k=3&entity=" + encode(entity) + "&text=" + question);
        assertThat(semantic.at("/hits/0/text").asString()).isEqualTo(drones);
        JsonNode hybrid = get("/api/claims/similar?k=2&entity=" + encode(entity) + "&text=" + encode("interest rates"));
        assertThat(hybrid.at("/hits/0/text").asString()).isEqualTo(rates);
        assertThat(hybrid.at("/hits/0/highlight").asString()).contains("<mark>interest</mark>");
    }

    @Test
    void badParametersAnswerProblemDetailsNamingTheParameter() throws Exception {
        assertProblem("/api/claims/search?size=0", 400, "size");
        assertProblem("/api/claims/search?type=rumour", 400, "type");
        assertProblem("/api/claims/search?cursor=bm90LWEtY3Vyc29y", 400, "cursor");
        assertProblem("/api/claims/search?from=2022-11-06&to=2022-11-01", 400, "from");
        assertProblem("/api/articles/search?status=NEW", 400, "status");
        assertProblem("/api/claims/similar?k=5", 400, "text");
        assertProblem("/api/claims/similar?text=x&k=1000", 400, "k");
        HttpResponse<String> typeMismatch = send("/api/claims/search?size=many");
        assertThat(typeMismatch.statusCode()).isEqualTo(400);
        assertThat(typeMismatch.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void writeRequestsNeedAnApiKey() throws Exception {
        HttpResponse<String> anonymous = driver.send(HttpRequest.newBuilder(uri("/api/claims/search"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("X-API-Key");
        HttpResponse<String> withKey = driver.send(HttpRequest.newBuilder(uri("/api/claims/search"))
                .header("X-API-Key", "dev-key").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(withKey.statusCode()).isEqualTo(405);
    }

    @Test
    void textFieldsUseTheStrongestAnalyzerTheClusterHas() throws Exception {
        TextAnalysis expected = indices.detectTextAnalysis();
        var tokens = elasticsearch.indices().analyze(a -> a.index(indices.alias(IndexKind.CLAIMS))
                .analyzer(TextAnalysis.ANALYZER_NAME).text("Denying the drones")).tokens();

        assertThat(tokens).extracting(AnalyzeToken::token).containsExactlyElementsOf(
                expected == TextAnalysis.ENGLISH ? List.of("deni", "drone") : List.of("denying", "the", "drones"));
    }

    @Test
    void searchApiIsDocumentedWithOpenApi() {
        JsonNode api = get("/v3/api-docs");

        assertThat(api.get("paths").propertyNames()).contains("/api/claims/search", "/api/articles/search",
                "/api/claims/similar");
        assertThat(api.at("/paths/~1api~1claims~1search/get/parameters").findValuesAsString("name"))
                .contains("q", "speaker", "type", "status", "entity", "from", "to", "sort", "cursor", "size");
    }

    @Test
    void readinessReportsKafkaAndElasticsearch() {
        JsonNode readiness = get("/actuator/health/readiness");

        assertThat(readiness.get("status").asString()).isEqualTo("UP");
        assertThat(readiness.at("/components/elasticsearch/status").asString()).isEqualTo("UP");
        assertThat(readiness.at("/components/kafka/status").asString()).isEqualTo("UP");
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static String unique(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private void publish(TestArticles article) {
        driver.publish(article);
    }

    private void send(String topic, String key, byte[] value) {
        driver.send(topic, key, value);
    }

    private HttpResponse<String> send(String path) throws Exception {
        return driver.request(path);
    }

    private int status(String path) throws Exception {
        return driver.request(path).statusCode();
    }

    private JsonNode get(String path) {
        return driver.get(path);
    }

    private JsonNode awaitTotal(String path, long total) {
        return driver.awaitTotal(path, total);
    }

    private void awaitConsumed() {
        driver.awaitConsumed(PATIENCE);
    }

    private void assertConsumed() throws Exception {
        driver.assertConsumed();
    }

    private URI uri(String path) {
        return driver.uri(path);
    }

    private static ArticleAnalyzed withLanguage(ArticleAnalyzed a, String language) {
        return new ArticleAnalyzed(a.schemaVersion(), a.id(), a.version(), a.url(), a.title(), a.body(),
                a.publishedAt(), a.source(), language, a.duplicateOf(), a.receivedAt(), a.entities(), a.topics(),
                a.claims(), a.analysis());
    }

    private static ClaimExtracted withLanguage(ClaimExtracted c, String language) {
        return new ClaimExtracted(c.schemaVersion(), c.articleId(), c.articleVersion(), c.articleUrl(),
                c.articleTitle(), c.source(), language, c.publishedAt(), c.receivedAt(), c.duplicateOf(), c.claim());
    }

    private static ClaimExtracted withEmbedding(ClaimExtracted c, float[] embedding) {
        return new ClaimExtracted(c.schemaVersion(), c.articleId(), c.articleVersion(), c.articleUrl(),
                c.articleTitle(), c.source(), c.language(), c.publishedAt(), c.receivedAt(), c.duplicateOf(),
                c.claim().withEmbedding(embedding));
    }

    private void assertProblem(String path, int status, String parameter) throws Exception {
        HttpResponse<String> response = send(path);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("parameter").asString()).as(path).isEqualTo(parameter);
        assertThat(problem.get("detail").asString()).isNotBlank();
    }

    private static JsonNode hitBy(JsonNode page, String field, String speakerName) {
        for (JsonNode hit : page.get("hits")) {
            if (hit.at("/" + field + "/name").asString().equals(speakerName)) {
                return hit;
            }
        }
        throw new AssertionError("no hit by " + speakerName + " in " + page);
    }

    private List<String> pageThrough(String path) {
        List<String> ids = new ArrayList<>();
        JsonNode page = get(path);
        int pages = 1;
        while (true) {
            page.get("hits").forEach(hit -> ids.add(hit.get("id").asString()));
            JsonNode next = page.get("nextCursor");
            if (next == null || next.isNull()) {
                return ids;
            }
            assertThat(++pages).as("pages").isLessThan(100);
            page = get(path + "&cursor=" + next.asString());
        }
    }

    private static Map<String, Long> facet(JsonNode page, String name) {
        Map<String, Long> counts = new HashMap<>();
        page.at("/facets/" + name).forEach(bucket -> counts.put(bucket.get("value").asString(),
                bucket.get("count").asLong()));
        return counts;
    }

    private static Map<String, Long> count(List<ClaimExtracted> claims, Function<ClaimExtracted, String> key) {
        return claims.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    private void refresh() throws Exception {
        elasticsearch.indices().refresh(r -> r.index(indices.alias(IndexKind.ARTICLES), indices.alias(IndexKind.CLAIMS)));
    }

    private List<ConsumerRecord<String, byte[]>> awaitDeadLetters(String topic, String key, int count) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                .until(() -> driver.readAll(topic).stream().filter(r -> key.equals(r.key())).toList(),
                        records -> records.size() >= count);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
