package com.claimwire.search.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.Event;
import com.claimwire.contracts.EventCodec;
import com.claimwire.contracts.SpeakerKind;
import com.claimwire.contracts.Topics;
import com.claimwire.localinfra.LocalElasticsearch;
import com.claimwire.localinfra.LocalKafka;
import com.claimwire.search.tracking.SeedStory;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The newsroom dashboard in a real headless Chromium against the running service, real Kafka and Elasticsearch:
 * search, filter by a facet, open a claim, watch a reversal arrive on the live feed, and see hostile markup in an
 * article shown as inert text. Skips when Debian's chromium and chromium-driver are not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Closed after the class, while Kafka still runs: no other class shares its namespace, and a cached service would
// keep polling through every later test and hold up the JVM's exit.
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// The alert scenario publishes one more claim: it runs last so the other scenarios see the claims they count.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final String NAMESPACE = "it-dash-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String HOSTILE_TITLE =
            "Minister speaks <script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\">";
    private static final String HOSTILE_CLAIM = "the <b>drones</b> <img src=x onerror=\"window.__pwned = 3\"> were never sent";

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    private final HttpClient http = HttpClient.newHttpClient();
    private final SeedStory story = SeedStory.load();
    private final List<ClaimExtracted> friday = story.fridayClaims();
    private final SeedStory.Article hostile = new SeedStory.Article("https://hostile.claimwire.example/a",
            HOSTILE_TITLE, "An official said " + HOSTILE_CLAIM + ".", Instant.parse("2022-11-03T09:00:00Z"),
            "hostile-wire");
    private final List<ClaimExtracted> hostileClaims = List.of(SeedStory.claim(hostile, HOSTILE_CLAIM,
            ClaimType.DENIAL, "Unnamed official", SpeakerKind.UNNAMED, null));
    private KafkaProducer<String, byte[]> producer;
    private WebDriver browser;
    private Path profile;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> LocalKafka.shared().bootstrapServers());
        registry.add("claimwire.search.elasticsearch.url", () -> LocalElasticsearch.shared().url());
        registry.add("claimwire.kafka.namespace", () -> NAMESPACE);
        registry.add("claimwire.search.index-prefix", () -> NAMESPACE);
        try (var admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalKafka.shared().bootstrapServers()))) {
            admin.createTopics(List.of(
                    new NewTopic(Topics.ENRICHED_ARTICLES.qualifiedName(NAMESPACE), 1, (short) 1),
                    new NewTopic(Topics.CLAIMS.qualifiedName(NAMESPACE), 1, (short) 1))).all().get();
        } catch (Exception e) {
            throw new IllegalStateException("could not create the test topics", e);
        }
    }

    @BeforeAll
    void publishFridaysReport() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
        publish(friday.get(0).articleId(), SeedStory.analyzed(story.friday(), friday), friday);
        publish(hostile.id(), SeedStory.analyzed(hostile, hostileClaims), hostileClaims);
        awaitSearchable(friday.size() + hostileClaims.size());
    }

    private void startBrowser() throws IOException {
        if (browser != null) {
            return;
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("claimwire-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (producer != null) {
            producer.close();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void journalistSearchesFiltersOpensAClaimAndSeesTheReversalArriveLive() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are not installed");
        startBrowser();
        browser.get("http://localhost:" + port + "/");
        WebDriverWait wait = rerenderTolerantWait();
        wait.until(d -> d.findElements(By.cssSelector("#results .claim")).size() == friday.size() + 1);
        wait.until(ExpectedConditions.attributeToBe(By.id("feed-state"), "data-state", "live"));

        // Hostile markup in an article is shown as text and never runs.
        WebElement hostileCard = browser.findElement(
                By.cssSelector("#results .claim[data-claim-id='" + hostileClaims.get(0).claim().id() + "']"));
        assertThat(hostileCard.getText()).contains("<script>window.__pwned = 1</script>").contains("<b>drones</b>");
        assertThat(browser.findElements(By.cssSelector("#results img, #results script, #results b"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__pwned === undefined")).isEqualTo(true);

        // Search.
        WebElement query = browser.findElement(By.id("q"));
        query.sendKeys("drones Russia");
        browser.findElement(By.id("search-button")).click();
        wait.until(d -> d.findElement(By.id("status-line")).getText().matches("\\d+ claims?"));
        wait.until(d -> !d.findElements(By.cssSelector("#results .claim")).isEmpty()
                && d.findElements(By.cssSelector("#results .claim")).size() < friday.size() + 1);
        assertThat(browser.findElements(By.cssSelector("#timeline-svg rect.bar"))).isNotEmpty();
        // Each result shows the sentence the claim sits in, the claim itself emphasised.
        wait.until(d -> d.findElements(By.cssSelector("#results .claim")).stream()
                .allMatch(card -> !card.findElements(By.cssSelector(".sentence .claim-span")).isEmpty()));
        // ... with the query's words marked within the claim.
        assertThat(browser.findElements(By.cssSelector("#results .claim .claim-span mark"))).isNotEmpty();

        // Filter by a facet.
        wait.until(d -> !d.findElements(By.cssSelector("input[data-facet='type'][data-value='DENIAL']")).isEmpty());
        browser.findElement(By.cssSelector("input[data-facet='type'][data-value='DENIAL']")).click();
        wait.until(d -> {
            List<WebElement> cards = d.findElements(By.cssSelector("#results .claim"));
            return !cards.isEmpty() && cards.stream()
                    .allMatch(card -> !card.findElements(By.cssSelector("[data-badge='DENIAL']")).isEmpty());
        });

        // Open a claim: its sentence with the claim highlighted, its cluster, and who disputes it.
        String denialId = SeedStory.find(friday, SeedStory.FRIDAY_DENIAL).claim().id();
        wait.until(d -> !d.findElements(By.cssSelector("#results .claim[data-claim-id='" + denialId + "']")).isEmpty());
        browser.findElement(By.cssSelector("#results .claim[data-claim-id='" + denialId + "']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cluster-list")));
        assertThat(browser.findElement(By.cssSelector("#detail-claim .claim-span")).getText())
                .isEqualTo(SeedStory.FRIDAY_DENIAL);
        assertThat(browser.findElement(By.cssSelector("#opposing-list li[data-relation='DISPUTE']")).getText())
                .contains("Jake Sullivan");
        browser.findElement(By.id("detail-close")).click();

        // The seed article arrives: the admission shows up on the live feed as a reversal without a reload.
        List<ClaimExtracted> seed = story.seedClaims();
        publish(seed.get(0).articleId(), SeedStory.analyzed(story.seed(), seed), seed);
        String admissionId = SeedStory.find(seed, SeedStory.ADMISSION).claim().id();
        wait.until(d -> !d.findElements(By.cssSelector("#feed .feed-item.status-REVERSAL[data-claim-id='"
                + admissionId + "']")).isEmpty());
        screenshot("dashboard.png");

        awaitClaimIndexed(admissionId);
        browser.findElement(By.cssSelector("#feed .feed-item[data-claim-id='" + admissionId + "']")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#opposing-list li[data-relation='REVERSAL']")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#opposing-list li[data-relation='REVERSAL']")).getText())
                .contains("Hossein Amir-Abdollahian");
        screenshot("dashboard-claim.png");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void journalistCreatesARuleFromASearchAndSeesItsAlertArriveLive() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are not installed");
        startBrowser();
        browser.get("http://localhost:" + port + "/");
        WebDriverWait wait = rerenderTolerantWait();
        wait.until(ExpectedConditions.attributeToBe(By.id("alerts-state"), "data-state", "live"));

        // The current search and an active facet filter are what the rule will watch.
        browser.findElement(By.id("rule-toggle")).click();
        browser.findElement(By.id("q")).sendKeys("drones");
        browser.findElement(By.id("search-button")).click();
        // The summary is rewritten with the facets once the search has answered.
        wait.until(d -> d.findElement(By.id("rule-summary")).getText().contains("\"drones\""));
        wait.until(d -> !d.findElements(By.cssSelector("input[data-facet='type'][data-value='DENIAL']")).isEmpty());
        browser.findElement(By.cssSelector("input[data-facet='type'][data-value='DENIAL']")).click();
        wait.until(d -> d.findElement(By.id("rule-summary")).getText().contains("claim type: DENIAL"));

        browser.findElement(By.id("rule-name")).sendKeys("Drone denials");
        WebElement apiKey = browser.findElement(By.id("rule-api-key"));
        apiKey.sendKeys("not-the-key");
        browser.findElement(By.id("rule-create")).click();
        // A wrong key is refused with the server's own explanation, and nothing is created.
        wait.until(ExpectedConditions.attributeToBe(By.id("rule-message"), "data-outcome", "error"));
        assertThat(browser.findElement(By.id("rule-message")).getText()).contains("403").contains("not valid");

        apiKey.clear();
        apiKey.sendKeys("dev-key");
        browser.findElement(By.id("rule-create")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("rule-message"), "data-outcome", "created"));
        String ruleId = browser.findElement(By.id("rule-form")).getAttribute("data-rule-id");
        JsonNode rule = JSON.readTree(get("/api/alert-rules/" + ruleId).body());
        assertThat(rule.get("query").asString()).isEqualTo("drones");
        assertThat(rule.at("/conditions/claimTypes/0").asString()).isEqualTo("DENIAL");
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return sessionStorage.getItem('claimwire.apiKey')")).isEqualTo("dev-key");

        // A matching claim arrives and its alert shows up in the panel without a reload.
        SeedStory.Article denial = new SeedStory.Article("https://wire.claimwire.example/drone-denial",
                "Tehran rejects drone reports", "Nasser Kanaani said Iran has not supplied drones for the war in Ukraine.",
                Instant.parse("2022-11-08T10:00:00Z"), "wire-desk");
        List<ClaimExtracted> claims = List.of(SeedStory.claim(denial, "Iran has not supplied drones for the war in Ukraine",
                ClaimType.DENIAL, "Nasser Kanaani", SpeakerKind.PERSON, "foreign ministry spokesman"));
        publish(denial.id(), SeedStory.analyzed(denial, claims), claims);
        String alertSelector = "#alerts .alert-item[data-rule-id='" + ruleId + "'][data-claim-id='"
                + claims.get(0).claim().id() + "']";
        wait.until(d -> !d.findElements(By.cssSelector(alertSelector)).isEmpty());
        assertThat(browser.findElement(By.cssSelector(alertSelector)).getText())
                .contains("Drone denials").contains("Nasser Kanaani").contains("Iran has not supplied drones");
        screenshot("dashboard-alerts.png");
    }

    @Test
    void dashboardIsServedWithAContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"app.js\"");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("script-src 'self'").contains("object-src 'none'").doesNotContain("unsafe-inline"));
    }

    @Test
    void claimDetailShowsTheClusterTheSentenceAndWhoDisputesIt() throws Exception {
        String denial = SeedStory.find(friday, SeedStory.FRIDAY_DENIAL).claim().id();
        JsonNode detail = JSON.readTree(get("/api/claims/" + denial).body());

        assertThat(detail.at("/claim/text").asString()).isEqualTo(SeedStory.FRIDAY_DENIAL);
        assertThat(detail.at("/claim/tracking/status").asString()).isEqualTo("NEW");
        JsonNode context = detail.get("context");
        assertThat(context.get("text").asString().substring(context.get("claimStart").asInt(),
                context.get("claimEnd").asInt())).isEqualTo(SeedStory.FRIDAY_DENIAL);
        assertThat(detail.at("/cluster/claims/0/id").asString()).isEqualTo(denial);
        assertThat(detail.get("opposing").valueStream().map(o -> o.at("/claim/speaker/name").asString()
                + "/" + o.get("relation").asString())).contains("Jake Sullivan/DISPUTE");
    }

    @Test
    void liveFeedResumesAfterTheLastEventIdItWasGiven() throws Exception {
        int tracked = friday.size() + hostileClaims.size();
        // An id from another run of the service: every kept event is replayed.
        List<String> replayed = feedEventIds("earlier-run-1", tracked);
        assertThat(replayed).hasSize(tracked).doesNotHaveDuplicates();

        List<String> resumed = feedEventIds(replayed.get(2), tracked - 3);
        assertThat(resumed).containsExactlyElementsOf(replayed.subList(3, tracked));
    }

    /** The ids of the first {@code count} claim events the feed sends after {@code lastEventId}. */
    private List<String> feedEventIds(String lastEventId, int count) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/stream/claims"))
                .header("Accept", "text/event-stream").header("Last-Event-ID", lastEventId).build();
        HttpResponse<java.util.stream.Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        try (java.util.stream.Stream<String> lines = response.body()) {
            return java.util.concurrent.CompletableFuture.supplyAsync(() -> lines
                            .filter(line -> line.startsWith("id:")).map(line -> line.substring(3).strip())
                            .limit(count).toList())
                    .get(PATIENCE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    @Test
    void unknownClaimIsANotFoundProblem() throws Exception {
        HttpResponse<String> response = get("/api/claims/no-such-claim");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("no-such-claim");
    }

    @Test
    void speakerTimelineListsClaimsByDateAndType() throws Exception {
        JsonNode timeline = JSON.readTree(get("/api/speakers/"
                + java.net.URLEncoder.encode("Hossein Amir-Abdollahian", java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20") + "/timeline").body());

        assertThat(timeline.get("total").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(timeline.at("/claims/0/publishedAt").asString()).startsWith("2022-11-04");
        assertThat(timeline.at("/days/0/date").asString()).isEqualTo("2022-11-04");
        assertThat(timeline.at("/days/0/byType/DENIAL").asInt()).isEqualTo(1);
    }

    @Test
    void speakerTimelineFindsASpeakerBySurname() throws Exception {
        JsonNode timeline = JSON.readTree(get("/api/speakers/Amir-Abdollahian/timeline").body());

        assertThat(timeline.get("claims").valueStream().map(entry -> entry.get("id").asString()))
                .contains(SeedStory.find(friday, SeedStory.FRIDAY_DENIAL).claim().id());
    }

    @Test
    void timelineRejectsAnUnknownSpeakerAndABadSize() throws Exception {
        assertThat(get("/api/speakers/Nobody%20Known/timeline").statusCode()).isEqualTo(404);
        HttpResponse<String> badSize = get("/api/speakers/Iran/timeline?size=0");
        assertThat(badSize.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badSize.body()).get("status").asInt()).isEqualTo(400);
    }

    private void publish(String key, Event article, List<ClaimExtracted> claims) {
        producer.send(new ProducerRecord<>(Topics.ENRICHED_ARTICLES.qualifiedName(NAMESPACE), key,
                EventCodec.encode(article)));
        claims.forEach(claim -> producer.send(new ProducerRecord<>(Topics.CLAIMS.qualifiedName(NAMESPACE), key,
                EventCodec.encode(claim))));
        producer.flush();
    }

    /** A wait that retries when the page re-rendered the elements it was reading: that is "not yet", not a failure. */
    private WebDriverWait rerenderTolerantWait() {
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private void awaitSearchable(int claims) {
        await().atMost(PATIENCE).until(() -> {
            HttpResponse<String> response = get("/api/claims/search?size=1");
            return response.statusCode() == 200 && response.body().contains("\"total\":" + claims + ",");
        });
    }

    private void awaitClaimIndexed(String claimId) {
        await().atMost(PATIENCE).until(() -> get("/api/claims/" + claimId).statusCode() == 200);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Saves a screenshot under the module's {@code target/} directory. */
    private void screenshot(String name) throws IOException {
        Path target = Path.of("target").toAbsolutePath();
        Files.createDirectories(target);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path saved = target.resolve(name);
        Files.copy(shot.toPath(), saved, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("Dashboard screenshot: " + saved);
    }
}
