package com.claimwire.ingest.parsing.cli;

import com.claimwire.ingest.parsing.FeedItem;
import com.claimwire.ingest.parsing.FeedParser;
import com.claimwire.ingest.parsing.ParsedFeed;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * {@code claimwire feed FILE_OR_URL...}: parses each feed and prints one JSON line per argument, either
 * {@code {"source","format","items":[{"title","url","publishedAt","summary","guid"}]}} or
 * {@code {"source","error"}}. Exit code 0 when every feed parsed, 2 otherwise; one bad feed never stops the rest.
 */
public final class FeedCommand {

    private static final int ALL_PARSED = 0;
    private static final int SOME_FAILED = 2;

    private FeedCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        if (args.length == 0) {
            out.println("usage: claimwire feed FILE_OR_URL...");
            return SOME_FAILED;
        }
        FeedParser parser = new FeedParser();
        boolean allParsed = JsonLines.printEach(List.of(args), out, (source, content) ->
                describe(source, parser.parse(content, SourceReader.isUrl(source) ? source : null)));
        return allParsed ? ALL_PARSED : SOME_FAILED;
    }

    private static Map<String, Object> describe(String source, ParsedFeed feed) {
        Map<String, Object> line = JsonLines.object();
        line.put("source", source);
        line.put("format", feed.format());
        line.put("title", feed.title());
        line.put("items", feed.items().stream().map(FeedCommand::describe).toList());
        return line;
    }

    private static Map<String, Object> describe(FeedItem item) {
        Map<String, Object> line = JsonLines.object();
        line.put("title", item.title());
        line.put("url", item.url());
        line.put("publishedAt", item.publishedAt() == null ? null : item.publishedAt().toString());
        line.put("summary", item.summary());
        line.put("guid", item.guid());
        return line;
    }
}
