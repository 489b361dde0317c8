package com.claimwire.localinfra;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./claimwire demo}: brings the stack up, pushes {@code demo/articles.jsonl} through ingest and shows
 * the claims search for "drones" once every claim of the last article (the seed article) is searchable.
 */
final class Demo {

    static final String API_KEY = "dev-key";
    static final String QUERY = "drones";
    private static final Duration SEARCHABLE_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

    private final LocalStack stack;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    Demo(LocalStack stack, PrintStream out) {
        this.stack = stack;
        this.out = out;
    }

    void run() {
        stack.up();
        StackSettings settings = stack.settings();
        String ingest = "http://localhost:" + settings.port(ClaimwireService.INGEST);
        String search = "http://localhost:" + settings.port(ClaimwireService.SEARCH);
        Path articles = stack.repoDir().resolve("demo").resolve("articles.jsonl");

        out.printf("%nPushing %s to %s/api/articles%n", stack.repoDir().relativize(articles), ingest);
        String seedId = null;
        String seedSource = null;
        long seedPosted = 0;
        for (String article : articleLines(articles)) {
            seedPosted = System.nanoTime();
            JsonNode answer = post(ingest + "/api/articles", article);
            JsonNode item = answer.path("items").path(0);
            seedId = answer.path("ids").path(0).asString();
            seedSource = json.readTree(article).path("source").asString();
            out.printf("  %s  %s (%s)%n", seedId, json.readTree(article).path("title").asString(),
                    item.path("status").asString("accepted"));
        }
        if (seedId == null) {
            throw new IllegalStateException(articles + " holds no articles");
        }
        URI claimSearch = URI.create(search + "/api/claims/search?q=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8));
        awaitAllClaimsOf(seedId, seedSource, search);
        double seconds = (System.nanoTime() - seedPosted) / 1e9;
        List<JsonNode> hits = hits(claimSearch);

        out.printf("%nClaims found for \"%s\" (%s):%n%n", QUERY, claimSearch);
        out.println(ClaimTable.render(hits));
        out.printf(Locale.ROOT, "%nAll of the seed article's claims were searchable %.2f s after it was posted.%n", seconds);
        out.println("Try: curl '" + search + "/api/claims/search?q=drones' | stop with ./claimwire down");
    }

    /**
     * Waits until every claim of the article is searchable: the article's own document says how many claims it has,
     * and claims and articles are indexed from separate topics, so the first claim to show up is not the last.
     */
    private void awaitAllClaimsOf(String articleId, String source, String search) {
        String bySource = "?size=100&source=" + URLEncoder.encode(source, StandardCharsets.UTF_8);
        URI articleSearch = URI.create(search + "/api/articles/search" + bySource);
        URI claimsOfSource = URI.create(search + "/api/claims/search" + bySource);
        long deadline = System.nanoTime() + SEARCHABLE_TIMEOUT.toNanos();
        while (true) {
            int expected = hits(articleSearch).stream().filter(hit -> articleId.equals(hit.path("id").asString()))
                    .mapToInt(hit -> hit.path("claimCount").asInt()).findFirst().orElse(-1);
            if (expected >= 0 && hits(claimsOfSource).stream()
                    .filter(hit -> articleId.equals(hit.path("articleId").asString())).count() >= expected) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The claims of article " + articleId + " were not all searchable at "
                        + claimsOfSource + " within " + SEARCHABLE_TIMEOUT.toSeconds() + " s; see the logs in "
                        + stack.settings().dataDir().resolve("logs"));
            }
            LockSupport.parkNanos(POLL_INTERVAL.toNanos());
        }
    }

    private List<JsonNode> hits(URI claimSearch) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(claimSearch).GET().build());
        if (response.statusCode() != 200) {
            return List.of();
        }
        List<JsonNode> hits = new ArrayList<>();
        json.readTree(response.body()).path("hits").forEach(hits::add);
        return hits;
    }

    private JsonNode post(String url, String body) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("X-API-Key", API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + url + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static List<String> articleLines(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo articles at " + file, e);
        }
    }
}
