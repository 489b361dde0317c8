package com.claimwire.analysis.cli;

import com.claimwire.analysis.embeddings.ClaimEmbeddingStep;
import com.claimwire.analysis.engine.ClaimGranularity;
import com.claimwire.analysis.engine.ClaimsEngine;
import com.claimwire.contracts.ArticleAnalyzed;
import com.claimwire.contracts.ArticleReceived;
import com.claimwire.contracts.EventCodec;
import com.claimwire.embeddings.MiniLmClaimEmbedder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * {@code analyze [--no-embeddings] [--granularity sentence|quotation]}: reads articles as JSON lines
 * ({@code {"id", "title", "body", "url", "publishedAt"}}) and writes one enriched article per line, in order, with
 * the same engine as the service. A line that cannot be read gives {@code {"id": …, "error": "…"}} and the rest
 * carry on. {@code --granularity quotation} joins a speaker's consecutive quoted sentences into one claim, as
 * corpora that annotate whole quotations (PolNeAR) do; the service always works per sentence.
 */
public final class AnalyzeCommand {

    private static final String USAGE = "usage: analyze [--no-embeddings] [--granularity sentence|quotation]";
    private static final Map<String, ClaimGranularity> GRANULARITIES =
            Map.of("sentence", ClaimGranularity.SENTENCE, "quotation", ClaimGranularity.QUOTATION);

    /** Time budget per article on the command line. */
    static final Duration BUDGET = Duration.ofSeconds(10);

    private AnalyzeCommand() {
    }

    /** Runs the command; returns the process exit code (0, also when some lines were malformed). */
    public static int run(String[] args, InputStream in, PrintStream out) {
        boolean embeddings = true;
        ClaimGranularity granularity = ClaimGranularity.SENTENCE;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--no-embeddings")) {
                embeddings = false;
            } else if (arg.equals("--granularity") && i + 1 < args.length
                    && GRANULARITIES.containsKey(args[i + 1])) {
                granularity = GRANULARITIES.get(args[++i]);
            } else if (!arg.equals("analyze")) {
                out.println(error(null, "unknown option " + arg + "; " + USAGE));
                return 2;
            }
        }
        ClaimsEngine engine = ClaimsEngine.withDefaults(granularity);
        // One article at a time here, so each embedding call may use every core.
        ClaimEmbeddingStep embedding = embeddings
                ? new ClaimEmbeddingStep(new MiniLmClaimEmbedder(Runtime.getRuntime().availableProcessors()))
                : null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                out.println(analyzeLine(line, engine, embedding));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
        out.flush();
        return 0;
    }

    private static String analyzeLine(String line, ClaimsEngine engine, ClaimEmbeddingStep embedding) {
        JsonNode node;
        try {
            node = EventCodec.mapper().readTree(line);
        } catch (JacksonException e) {
            return error(null, "not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return error(null, "not a JSON object");
        }
        String id = text(node, "id");
        if (id == null || id.isBlank()) {
            return error(null, "id is missing");
        }
        String body = text(node, "body");
        if (body == null) {
            return error(id, "body is missing or not a string");
        }
        Instant publishedAt = instant(text(node, "publishedAt"));
        String url = text(node, "url");
        ArticleReceived article = new ArticleReceived(ArticleReceived.SCHEMA_VERSION, id, 1,
                url == null ? "urn:claimwire:article:" + id : url, url, text(node, "title"), body, publishedAt,
                text(node, "source"), text(node, "language"), List.of(), null, null, Instant.now());
        ArticleAnalyzed analyzed = engine.analyze(article, BUDGET);
        if (embedding != null) {
            analyzed = embedding.apply(analyzed);
        }
        return EventCodec.encodeToString(analyzed);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isString() ? null : value.asString();
    }

    /** An ISO-8601 instant, offset date-time or date (midnight UTC); {@code null} when absent or unreadable. */
    static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        try {
            return Instant.parse(trimmed);
        } catch (DateTimeParseException notInstant) {
            try {
                return OffsetDateTime.parse(trimmed).toInstant();
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDate.parse(trimmed).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException notDate) {
                    return null;
                }
            }
        }
    }

    private static String error(String id, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("id", id);
        error.put("error", message);
        return EventCodec.encodeToString(error);
    }
}
