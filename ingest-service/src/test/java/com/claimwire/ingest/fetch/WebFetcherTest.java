package com.claimwire.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claimwire.ingest.support.FixtureServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

/** The fetcher against a real HTTP server on loopback (admitted by an explicit allow-list). */
class WebFetcherTest {

    private static final String AGENT = "ClaimwireBot/0.1 (+https://github.com/claimwire/claimwire; test)";

    private final FixtureServer server = new FixtureServer();
    private final CountDownLatch release = new CountDownLatch(1);

    private static FetchProperties properties(List<String> allowed, Duration perHostInterval) {
        return new FetchProperties(AGENT, Duration.ofSeconds(2), Duration.ofMillis(700), Duration.ofSeconds(3),
                DataSize.ofKilobytes(64), DataSize.ofKilobytes(256), 3, 2, perHostInterval, Duration.ofSeconds(1),
                Duration.ofHours(1), allowed);
    }

    private final WebFetcher fetcher = new WebFetcher(properties(List.of("127.0.0.1/32"), Duration.ZERO));

    @AfterEach
    void stop() throws IOException {
        release.countDown();
        fetcher.destroy();
        server.close();
    }

    private static FetchException.Reason reasonOf(ThrowingFetch fetch) {
        try {
            fetch.run();
        } catch (FetchException e) {
            return e.reason();
        }
        throw new AssertionError("expected the fetch to fail");
    }

    private interface ThrowingFetch {
        void run() throws FetchException;
    }

    @Test
    void fetchesAPageWithAnHonestUserAgentAndAnswersConditionalRequestsWith304() throws Exception {
        server.on("/page", exchange -> {
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
            } else {
                FixtureServer.respond(exchange, 200, "text/html; charset=utf-8", "<p>hello</p>".getBytes(StandardCharsets.UTF_8));
            }
        });

        FetchResult first = fetcher.fetch(server.url("/page"));
        FetchResult second = fetcher.fetch(server.url("/page"), first.etag(), null);

        assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo("<p>hello</p>");
        assertThat(first.etag()).isEqualTo("\"v1\"");
        assertThat(second.notModified()).isTrue();
        assertThat(server.requests("/page").get(0).headers().getFirst("User-Agent")).isEqualTo(AGENT);
    }

    @Test
    void obeysRobotsTxtForItsAgent() {
        server.serve("/robots.txt", "text/plain", "User-agent: claimwirebot\nDisallow: /private/\n\nUser-agent: *\nAllow: /\n");
        server.serve("/private/page", "text/html", "<p>secret</p>");

        assertThat(reasonOf(() -> fetcher.fetch(server.url("/private/page")))).isEqualTo(FetchException.Reason.ROBOTS_DISALLOWED);
        assertThat(server.requests("/private/page")).isEmpty();
    }

    @Test
    void fetchesWhatRobotsTxtAllows() throws Exception {
        server.serve("/robots.txt", "text/plain", "User-agent: claimwirebot\nDisallow: /private/\n");
        server.serve("/public/page", "text/html", "<p>open</p>");

        assertThat(new String(fetcher.fetch(server.url("/public/page")).body(), StandardCharsets.UTF_8)).isEqualTo("<p>open</p>");
    }

    @Test
    void followsRedirectsUpToTheCapAndNoFurther() throws Exception {
        server.redirect("/r1", "/r2").redirect("/r2", "/r3").redirect("/r3", server.url("/target"));
        server.serve("/target", "text/html", "<p>arrived</p>");
        server.redirect("/loop", "/loop");

        FetchResult result = fetcher.fetch(server.url("/r1"));

        assertThat(result.url().getPath()).isEqualTo("/target");
        assertThat(reasonOf(() -> fetcher.fetch(server.url("/loop")))).isEqualTo(FetchException.Reason.TOO_MANY_REDIRECTS);
        assertThat(server.requests("/loop")).hasSize(4);
    }

    @Test
    void refusesARedirectToACloudMetadataOrPrivateAddress() {
        server.redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/");
        server.redirect("/to-private", "http://10.0.0.1/admin");

        assertThatThrownBy(() -> fetcher.fetch(server.url("/to-metadata")))
                .isInstanceOf(FetchException.class).hasMessageContaining("169.254.169.254").hasMessageContaining("link-local");
        assertThat(reasonOf(() -> fetcher.fetch(server.url("/to-private")))).isEqualTo(FetchException.Reason.REFUSED_ADDRESS);
    }

    @Test
    void refusesLoopbackWithoutAnAllowList() throws IOException {
        server.serve("/page", "text/html", "<p>local</p>");
        WebFetcher strict = new WebFetcher(properties(List.of(), Duration.ZERO));
        try {
            assertThat(reasonOf(() -> strict.fetch(server.url("/page")))).isEqualTo(FetchException.Reason.REFUSED_ADDRESS);
            assertThat(reasonOf(() -> strict.fetch("http://localhost:" + server.url("/").split(":")[2])))
                    .isEqualTo(FetchException.Reason.REFUSED_ADDRESS);
            assertThat(server.requests("/page")).isEmpty();
        } finally {
            strict.destroy();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.2:{port}/page", "http://localhost:{port}/page", "http://[::1]:{port}/page",
            "http://[::ffff:127.0.0.1]:{port}/page", "http://[0:0:0:0:0:ffff:7f00:1]:{port}/page",
            "http://2130706433:{port}/page", "http://0177.0.0.1:{port}/page", "http://0x7f.0.0.1:{port}/page",
            "http://0x7f000001:{port}/page", "http://127.1:{port}/page", "http://169.254.169.254/latest/meta-data/",
            "http://[fd00:ec2::254]/latest/meta-data/", "http://[fe80::1]/", "http://10.0.0.1/", "http://192.168.1.1/",
            "http://0.0.0.0:{port}/page", "http://[::]:{port}/page"})
    void refusesLoopbackPrivateLinkLocalAndMetadataInEveryNotation(String template) throws IOException {
        server.serve("/page", "text/html", "<p>local</p>");
        String url = template.replace("{port}", server.url("/").split(":")[2].replace("/", ""));
        WebFetcher strict = new WebFetcher(properties(List.of(), Duration.ZERO));
        try {
            // Shortened and hex forms are not even valid URLs to java.net.URI; either way nothing is sent.
            assertThat(reasonOf(() -> strict.fetch(url)))
                    .isIn(FetchException.Reason.REFUSED_ADDRESS, FetchException.Reason.INVALID_URL);
            assertThat(server.requests("/page")).isEmpty();
        } finally {
            strict.destroy();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.2:{port}/secret", "http://[::1]:{port}/secret",
            "http://2130706433:{port}/secret", "http://0x7f.1:{port}/secret", "http://169.254.169.254/latest/meta-data/",
            "http://[::ffff:a9fe:a9fe]/latest/meta-data/"})
    void refusesARedirectFromAnAllowedServerToAForbiddenAddressInAnyNotation(String template) {
        String port = server.url("/").split(":")[2].replace("/", "");
        server.redirect("/hop", template.replace("{port}", port));
        server.serve("/secret", "text/plain", "internal");

        assertThat(reasonOf(() -> fetcher.fetch(server.url("/hop"))))
                .isIn(FetchException.Reason.REFUSED_ADDRESS, FetchException.Reason.INVALID_URL);
        assertThat(server.requests("/hop")).hasSize(1);
        assertThat(server.requests("/secret")).isEmpty();
    }

    @Test
    void refusesOtherSchemesAndCredentials() {
        assertThat(reasonOf(() -> fetcher.fetch("file:///etc/passwd"))).isEqualTo(FetchException.Reason.INVALID_URL);
        assertThat(reasonOf(() -> fetcher.fetch("gopher://127.0.0.1/"))).isEqualTo(FetchException.Reason.INVALID_URL);
        assertThat(reasonOf(() -> fetcher.fetch("http://user:pw@127.0.0.1/"))).isEqualTo(FetchException.Reason.INVALID_URL);
    }

    @Test
    void aSlowResponseTimesOut() {
        server.on("/slow", exchange -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            FixtureServer.respond(exchange, 200, "text/html", "<p>late</p>".getBytes(StandardCharsets.UTF_8));
        });

        long started = System.nanoTime();
        assertThat(reasonOf(() -> fetcher.fetch(server.url("/slow")))).isEqualTo(FetchException.Reason.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void oversizedResponsesAreCutOffWhetherDeclaredOrStreamed() {
        byte[] big = new byte[200 * 1024];
        server.on("/declared", exchange -> FixtureServer.respond(exchange, 200, "text/html", big));
        server.on("/streamed", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write(new byte[8 * 1024]);
                }
            } catch (IOException clientWentAway) {
                // expected: the fetcher drops the connection once over the limit
            }
        });

        assertThat(reasonOf(() -> fetcher.fetch(server.url("/declared")))).isEqualTo(FetchException.Reason.TOO_LARGE);
        assertThat(reasonOf(() -> fetcher.fetch(server.url("/streamed")))).isEqualTo(FetchException.Reason.TOO_LARGE);
    }

    @Test
    void aGzipBombIsStoppedAtTheDecodedLimitWhileNormalGzipIsDecoded() throws Exception {
        byte[] bomb = gzip(new byte[50 * 1024 * 1024]);
        byte[] page = gzip("<p>compressed</p>".getBytes(StandardCharsets.UTF_8));
        server.on("/bomb", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            FixtureServer.respond(exchange, 200, "text/html", bomb);
        });
        server.on("/gzipped", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            FixtureServer.respond(exchange, 200, "text/html", page);
        });

        assertThat(bomb.length).isLessThan(64 * 1024);
        assertThatThrownBy(() -> fetcher.fetch(server.url("/bomb")))
                .isInstanceOf(FetchException.class).hasMessageContaining("decompressed body");
        assertThat(new String(fetcher.fetch(server.url("/gzipped")).body(), StandardCharsets.UTF_8)).isEqualTo("<p>compressed</p>");
    }

    @Test
    void serverErrorsAreReportedWithTheirStatus() {
        server.on("/gone", exchange -> FixtureServer.respond(exchange, 410, "text/plain", new byte[0]));

        assertThatThrownBy(() -> fetcher.fetch(server.url("/gone")))
                .isInstanceOfSatisfying(HttpStatusException.class, e -> assertThat(e.status()).isEqualTo(410));
    }

    @Test
    void requestsToOneHostAreSpacedByThePerHostInterval() throws Exception {
        server.serve("/a", "text/html", "a");
        WebFetcher polite = new WebFetcher(properties(List.of("127.0.0.1/32"), Duration.ofSeconds(1)));
        try {
            polite.fetch(server.url("/a"));
            polite.fetch(server.url("/a"));
        } finally {
            polite.destroy();
        }

        // Measured where the requests arrive, so a late first arrival on a busy machine narrows the gap: hence the margin.
        List<FixtureServer.Request> requests = server.requests("/a");
        assertThat(Duration.ofNanos(requests.get(1).receivedNanos() - requests.get(0).receivedNanos()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(700));
    }

    @Test
    void atMostTheConfiguredNumberOfRequestsGoToOneHostAtATime() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        CountDownLatch twoArrived = new CountDownLatch(2);
        server.on("/busy", exchange -> {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            twoArrived.countDown();
            try {
                twoArrived.await(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            FixtureServer.respond(exchange, 200, "text/html", "ok".getBytes(StandardCharsets.UTF_8));
        });

        var pool = Executors.newFixedThreadPool(4);
        try {
            var fetches = IntStream.range(0, 4)
                    .mapToObj(i -> pool.submit(() -> fetcher.fetch(server.url("/busy")))).toList();
            for (var fetch : fetches) {
                assertThat(fetch.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(mostInFlight.get()).isEqualTo(2);
    }

    @Test
    void sendsLastModifiedBackAsIfModifiedSince() throws Exception {
        String stamp = "Wed, 01 May 2024 10:00:00 GMT";
        server.on("/feed", exchange -> {
            exchange.getResponseHeaders().set("Last-Modified", stamp);
            if (stamp.equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"))) {
                exchange.sendResponseHeaders(304, -1);
            } else {
                FixtureServer.respond(exchange, 200, "application/rss+xml", "<rss/>".getBytes(StandardCharsets.UTF_8));
            }
        });

        FetchResult first = fetcher.fetch(server.url("/feed"));

        assertThat(first.lastModified()).isEqualTo(stamp);
        assertThat(fetcher.fetch(server.url("/feed"), null, first.lastModified()).notModified()).isTrue();
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        }
        return out.toByteArray();
    }
}
