package com.claimwire.ingest.parsing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code feed} and {@code extract} commands against files and a real HTTP server on loopback. */
class CommandLineTest {

    private static final String RSS = """
            <rss version="2.0"><channel><title>Loopback news</title>
              <item><title>One</title><link>/one</link><guid>1</guid><pubDate>Mon, 06 Nov 2023 10:00:00 GMT</pubDate>
                <description>First</description></item>
            </channel></rss>
            """;
    private static final String PAGE = """
            <html lang="en"><head><title>Story</title><link rel="canonical" href="/story"></head><body>
            <nav><a href="/">Home</a></nav><article><h1>Story</h1>
            <p>This paragraph is the article text, long enough to be scored as the content of the page.</p>
            <p>And this is its second paragraph, which also belongs to the article, with a comma or two.</p>
            </article></body></html>
            """;

    @TempDir
    Path directory;
    private HttpServer server;
    private String baseUrl;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed.xml", exchange -> respond(exchange, 200, RSS.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/page.html", exchange -> respond(exchange, 200, PAGE.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/missing", exchange -> respond(exchange, 404, new byte[0]));
        server.createContext("/huge", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream body = exchange.getResponseBody()) {
                for (long sent = 0; sent <= SourceReader.MAX_BYTES; sent += chunk.length) {
                    body.write(chunk);
                }
            } catch (IOException clientGaveUp) {
                // The reader stops at its cap and closes the connection: exactly what is being tested.
            }
        });
        server.start();
        baseUrl = "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, byte[] body)
            throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private record Run(int exitCode, List<JsonNode> lines) {
    }

    private static Run feed(String... args) {
        return run(true, args);
    }

    private static Run extract(String... args) {
        return run(false, args);
    }

    private static Run run(boolean feed, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int exitCode = feed ? FeedCommand.run(args, out) : ExtractCommand.run(args, out);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(JsonMapper.shared().readTree(line));
            }
        }
        return new Run(exitCode, lines);
    }

    @Test
    void feedPrintsOneLinePerFeedAndExitsZeroWhenAllParse() throws IOException {
        Path file = Files.writeString(directory.resolve("feed.xml"), RSS);

        Run run = feed(file.toString(), baseUrl + "/feed.xml");

        assertThat(run.exitCode()).isZero();
        assertThat(run.lines()).hasSize(2);
        JsonNode fromUrl = run.lines().get(1);
        assertThat(fromUrl.get("source").asString()).isEqualTo(baseUrl + "/feed.xml");
        assertThat(fromUrl.get("format").asString()).isEqualTo("rss2.0");
        JsonNode item = fromUrl.get("items").get(0);
        assertThat(item.get("title").asString()).isEqualTo("One");
        assertThat(item.get("url").asString()).isEqualTo(baseUrl + "/one");
        assertThat(item.get("publishedAt").asString()).isEqualTo("2023-11-06T10:00:00Z");
        assertThat(item.get("summary").asString()).isEqualTo("First");
        assertThat(item.get("guid").asString()).isEqualTo("1");
    }

    @Test
    void feedReportsEachFailureOnItsOwnLineAndKeepsGoing() throws IOException {
        Path broken = Files.writeString(directory.resolve("broken.xml"), "<html><body>Not a feed</body></html>");
        Path good = Files.writeString(directory.resolve("good.xml"), RSS);

        Run run = feed(broken.toString(), directory.resolve("absent.xml").toString(), baseUrl + "/missing",
                baseUrl + "/huge", "ftp://example.org/feed.xml", good.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.lines()).extracting(line -> line.path("error").asString(""))
                .containsExactly("document is an HTML page, not a feed", "no such file", "HTTP status 404",
                        "larger than " + SourceReader.MAX_BYTES + " bytes",
                        "unsupported URL scheme (http and https only)", "");
        assertThat(run.lines().get(5).get("items")).hasSize(1);
    }

    @Test
    void feedHandlesThousandsOfFilesInOneCall() throws IOException {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            files.add(Files.writeString(directory.resolve("feed-" + i + ".xml"), RSS).toString());
        }

        Run run = feed(files.toArray(String[]::new));

        assertThat(run.exitCode()).isZero();
        assertThat(run.lines()).hasSize(2000).allSatisfy(line -> assertThat(line.has("format")).isTrue());
    }

    @Test
    void extractReadsHtmlGzipAndUrlsAndResolvesAgainstTheGivenUrl() throws IOException {
        Path html = Files.writeString(directory.resolve("page.html"), PAGE);
        Path gzipped = directory.resolve("page.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            out.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }

        Run run = extract(html.toString(), gzipped.toString(), "--url", "https://news.example.org/a/b");
        Run fetched = extract(baseUrl + "/page.html");

        assertThat(run.exitCode()).isZero();
        assertThat(run.lines()).hasSize(2).allSatisfy(line -> {
            assertThat(line.get("title").asString()).isEqualTo("Story");
            assertThat(line.get("body").asString()).startsWith("This paragraph is the article text")
                    .contains("\n\nAnd this is its second paragraph");
            assertThat(line.get("canonicalUrl").asString()).isEqualTo("https://news.example.org/story");
            assertThat(line.get("language").asString()).isEqualTo("en");
            assertThat(line.has("byline")).isTrue();
            assertThat(line.has("publishedAt")).isTrue();
        });
        assertThat(fetched.lines().get(0).get("canonicalUrl").asString()).isEqualTo(baseUrl + "/story");
    }

    @Test
    void extractReportsUnreadablePagesAndExitsTwo() {
        Run run = extract(directory.resolve("absent.html").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.lines().get(0).get("error").asString()).isEqualTo("no such file");
    }

    @Test
    void withoutArgumentsBothCommandsPrintUsageAndFail() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        assertThat(FeedCommand.run(new String[0], out)).isEqualTo(2);
        assertThat(ExtractCommand.run(new String[] {"--url"}, out)).isEqualTo(2);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("usage: claimwire feed", "usage: claimwire extract");
    }
}
