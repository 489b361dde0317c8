package com.claimwire.ingest.parsing.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.claimwire.ingest.parsing.FeedParseException;
import com.claimwire.ingest.parsing.FeedParser;
import com.claimwire.ingest.parsing.ParsedFeed;
import com.claimwire.ingest.parsing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every real-world capture in the feedjira, ROME and gofeed test corpora (the gofeed golden files included, as
 * hostile input) either parses or fails with a clear {@link FeedParseException}: no other exception escapes and
 * nothing hangs. With {@link XmlAttackTest} this covers every file under {@code data/feeds}.
 */
class FeedCorpusRobustnessTest {

    private static final Duration PER_FILE_LIMIT = Duration.ofSeconds(5);
    private static final Map<String, Integer> OUTCOMES = new ConcurrentHashMap<>();

    private final FeedParser parser = new FeedParser();

    @TestFactory
    Stream<DynamicTest> everyFeedjiraCaptureParsesOrFailsClearly() {
        return corpus("data/feeds/feedjira/feeds", "feedjira");
    }

    @TestFactory
    Stream<DynamicTest> everyRomeTestFileParsesOrFailsClearly() {
        return corpus("data/feeds/rome", "rome");
    }

    @TestFactory
    Stream<DynamicTest> everyGofeedTestFileParsesOrFailsClearly() {
        return corpus("data/feeds/gofeed/testdata", "gofeed");
    }

    private Stream<DynamicTest> corpus(String relative, String corpusName) {
        Path directory = SharedData.directory(relative);
        List<Path> files = SharedData.files(directory, "").stream()
                .filter(path -> !path.getFileName().toString().equals("SOURCE.txt")).toList();
        return files.stream().map(file -> DynamicTest.dynamicTest(directory.relativize(file).toString(),
                () -> assertTimeoutPreemptively(PER_FILE_LIMIT, () -> {
                    byte[] content = Files.readAllBytes(file);
                    try {
                        ParsedFeed feed = parser.parse(content, "https://example.org/feed");
                        assertThat(feed.format()).isNotBlank();
                        OUTCOMES.merge(corpusName + " parsed " + feed.format(), 1, Integer::sum);
                    } catch (FeedParseException rejected) {
                        assertThat(rejected.getMessage()).isNotBlank();
                        OUTCOMES.merge(corpusName + " rejected: " + reason(rejected.getMessage()), 1, Integer::sum);
                    }
                })));
    }

    private static String reason(String message) {
        int detail = message.indexOf(':');
        return detail < 0 ? message : message.substring(0, detail);
    }

    @AfterAll
    static void printOutcomes() {
        new TreeMap<>(OUTCOMES).forEach((outcome, count) -> System.out.printf("%5d  %s%n", count, outcome));
    }
}
