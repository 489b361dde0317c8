package com.claimwire.ingest.parsing.cli;

import com.claimwire.ingest.parsing.ArticleExtractor;
import com.claimwire.ingest.parsing.ExtractedArticle;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code claimwire extract FILE.html... [--url URL]}: extracts the article of each page (files, {@code .html.gz}
 * files or http(s) URLs) and prints one JSON line per page, either
 * {@code {"source","title","body","byline","publishedAt","canonicalUrl","language"}} or {@code {"source","error"}}.
 * {@code --url} gives the address the files were saved from, for resolving relative links. Exit code 0 when
 * every page was read, 2 otherwise.
 */
public final class ExtractCommand {

    private static final int ALL_EXTRACTED = 0;
    private static final int SOME_FAILED = 2;
    private static final String USAGE = "usage: claimwire extract FILE.html... [--url URL]";

    private ExtractCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        List<String> sources = new ArrayList<>();
        String pageUrl = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--url")) {
                if (i + 1 == args.length) {
                    out.println(USAGE);
                    return SOME_FAILED;
                }
                pageUrl = args[++i];
            } else {
                sources.add(args[i]);
            }
        }
        if (sources.isEmpty()) {
            out.println(USAGE);
            return SOME_FAILED;
        }
        ArticleExtractor extractor = new ArticleExtractor();
        String url = pageUrl;
        boolean allExtracted = JsonLines.printEach(sources, out, (source, html) ->
                describe(source, extractor.extract(html, SourceReader.isUrl(source) ? source : url)));
        return allExtracted ? ALL_EXTRACTED : SOME_FAILED;
    }

    private static Map<String, Object> describe(String source, ExtractedArticle article) {
        Map<String, Object> line = JsonLines.object();
        line.put("source", source);
        line.put("title", article.title());
        line.put("body", article.body());
        line.put("byline", article.byline());
        line.put("publishedAt", article.publishedAt() == null ? null : article.publishedAt().toString());
        line.put("canonicalUrl", article.canonicalUrl());
        line.put("language", article.language());
        return line;
    }
}
