package com.claimwire.ingest.parsing.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.claimwire.ingest.parsing.FeedItem;
import com.claimwire.ingest.parsing.FeedParseException;
import com.claimwire.ingest.parsing.FeedParser;
import com.claimwire.ingest.parsing.ParsedFeed;
import com.claimwire.ingest.parsing.SharedData;
import com.claimwire.ingest.support.FixtureServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity attacks (billion laughs, quadratic blowup, external file and http entities, external DTDs) are rejected or
 * neutralised quickly, and nothing outside the document is ever read or fetched.
 */
class XmlAttackTest {

    /** An expanded attack runs for minutes or exhausts the heap; the limit only has to tell that from a parse,
     * and stay generous for a loaded CI machine. */
    private static final Duration LIMIT = Duration.ofSeconds(10);

    private final FeedParser parser = new FeedParser();

    @TestFactory
    Stream<DynamicTest> sharedAttackSamplesAreRejectedOrNeutralisedWithinASecond() {
        Path attacks = SharedData.directory("data/feeds/xml-attacks");
        return SharedData.files(attacks, ".xml").stream().map(file -> DynamicTest.dynamicTest(
                file.getFileName().toString(), () -> {
                    byte[] content = Files.readAllBytes(file);
                    long started = System.nanoTime();
                    String outcome = assertTimeoutPreemptively(LIMIT, () -> outcomeOf(content));
                    System.out.printf("%s: %s in %.1f ms%n", file.getFileName(), outcome,
                            (System.nanoTime() - started) / 1e6);
                    assertThat(outcome.length()).isLessThan(content.length + 200);
                }));
    }

    private String outcomeOf(byte[] content) {
        try {
            return "neutralised " + everything(parser.parse(content, null));
        } catch (FeedParseException rejected) {
            return "rejected (" + rejected.getMessage() + ")";
        }
    }

    @Test
    void billionLaughsInsideAFeedStaysUnexpanded() throws FeedParseException {
        StringBuilder entities = new StringBuilder("<!ENTITY lol \"lol\">\n");
        for (int level = 1; level <= 9; level++) {
            entities.append("<!ENTITY lol").append(level).append(" \"")
                    .append(("&lol" + (level == 1 ? "" : level - 1) + ";").repeat(10)).append("\">\n");
        }
        String feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n" + entities + "]>\n"
                + "<rss version=\"2.0\"><channel><title>&lol9;</title>"
                + "<item><title>Bomb &lol9;</title></item></channel></rss>";

        ParsedFeed parsed = assertTimeoutPreemptively(LIMIT,
                () -> parser.parse(feed.getBytes(StandardCharsets.UTF_8), null));

        assertThat(parsed.title()).isEqualTo("&lol9;");
        assertThat(parsed.items()).extracting(FeedItem::title).containsExactly("Bomb &lol9;");
    }

    @Test
    void externalFileEntityIsNeverRead(@TempDir Path directory) throws IOException, FeedParseException {
        Path secret = Files.writeString(directory.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">\n"
                + "<!ENTITY % remote SYSTEM \"" + secret.toUri() + "\">\n%remote;\n]>\n"
                + "<rss version=\"2.0\"><channel><title>x&leak;</title>"
                + "<item><title>&leak;</title><description>&leak;</description></item></channel></rss>";

        ParsedFeed parsed = parser.parse(feed.getBytes(StandardCharsets.UTF_8), null);

        assertThat(everything(parsed)).doesNotContain("TOP-SECRET");
        assertThat(parsed.title()).isEqualTo("x&leak;");
    }

    @Test
    void externalDtdsAndHttpEntitiesAreNeverFetched() {
        try (FixtureServer server = new FixtureServer()) {
            server.serve("/evil.dtd", "application/xml-dtd", "<!ENTITY leak \"FETCHED-FROM-DTD\">");
            server.serve("/secret", "text/plain", "FETCHED-OVER-HTTP");
            List<String> attacks = List.of(
                    "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"" + server.url("/evil.dtd") + "\">\n"
                            + "<rss version=\"2.0\"><channel><title>t &leak;</title></channel></rss>",
                    "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY % dtd SYSTEM \"" + server.url("/evil.dtd")
                            + "\"> %dtd;]>\n<rss version=\"2.0\"><channel><title>&leak;</title></channel></rss>",
                    "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY leak SYSTEM \"" + server.url("/secret") + "\">]>\n"
                            + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>&leak;</title>"
                            + "<entry><title>&leak;</title><id>x</id></entry></feed>");

            for (String attack : attacks) {
                String outcome = assertTimeoutPreemptively(LIMIT, () -> outcomeOf(attack.getBytes(StandardCharsets.UTF_8)));
                assertThat(outcome).doesNotContain("FETCHED-");
            }
            assertThat(server.requests("/evil.dtd")).isEmpty();
            assertThat(server.requests("/secret")).isEmpty();
        }
    }

    @Test
    void quadraticBlowupStaysSmallAndFast() {
        String big = "A".repeat(10_000);
        String feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY a \"" + big + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>" + "&a;".repeat(10_000) + "</title></channel></rss>";

        String outcome = assertTimeoutPreemptively(LIMIT, () -> outcomeOf(feed.getBytes(StandardCharsets.UTF_8)));

        // Expanded it would be 100 MB of title.
        assertThat(outcome.length()).isLessThan(feed.length() + 200);
    }

    private static String everything(ParsedFeed feed) {
        return feed.toString();
    }
}
