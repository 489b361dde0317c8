package com.claimwire.ops.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Reuters-21578 articles a run replays, mapped to the push format of {@code POST /api/articles} the way
 * {@code ./claimwire import} maps them (dateline before the body, topics and places as tags, English), except
 * that every copy gets an id and URL of its own run and pass, so that ingest takes each one in instead of
 * answering "duplicate". Title-only lines (no body) are skipped: there is nothing to analyse in them.
 */
final class ReutersArticles {

    /** Reuters-21578 has no URLs; the copies get one under a reserved, never-resolving domain (RFC 2606). */
    static final String URL_PREFIX = "https://reuters21578.invalid/bench/";

    private final JsonMapper json;
    private final List<Wire> wires;

    /** One usable line of the collection. */
    record Wire(String newId, String title, String body, List<String> tags) {
    }

    private ReutersArticles(JsonMapper json, List<Wire> wires) {
        this.json = json;
        this.wires = List.copyOf(wires);
    }

    static ReutersArticles load(JsonMapper json, Path file) {
        List<Wire> wires = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    Wire wire = wire(json.readTree(line));
                    if (wire != null) {
                        wires.add(wire);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        if (wires.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no Reuters-21578 article with a body");
        }
        return new ReutersArticles(json, wires);
    }

    /** The usable part of one line, or {@code null} for a title-only one. */
    static Wire wire(JsonNode line) {
        String body = text(line, "body");
        if (body == null || !line.has("newid")) {
            return null;
        }
        String dateline = text(line, "dateline");
        Set<String> tags = new LinkedHashSet<>();
        addAll(line.get("topics"), tags);
        addAll(line.get("places"), tags);
        // The wire copy reads "SALVADOR, Feb 26 - Showers continued ...": keep the place it was filed from.
        return new Wire(line.get("newid").asString(), text(line, "title"),
                dateline == null ? body : dateline + " " + body, List.copyOf(tags));
    }

    int size() {
        return wires.size();
    }

    /**
     * The {@code sequence}-th article of a run (0-based), cycling through the collection: pass {@code n} over the
     * collection gets URLs of its own, so its copies are new articles whose bodies nearly duplicate the earlier
     * pass. {@code publishedAt} is the send time: the replay stands for wire copy arriving now.
     */
    ObjectNode article(RunTag run, int sequence, Instant publishedAt) {
        Wire wire = wires.get(sequence % wires.size());
        int pass = sequence / wires.size();
        ObjectNode article = json.createObjectNode();
        article.put("id", run.articleId(pass, wire.newId()));
        article.put("url", URL_PREFIX + run.id() + "/" + pass + "/newid/" + wire.newId());
        if (wire.title() != null) {
            article.put("title", wire.title());
        }
        article.put("body", wire.body());
        article.put("publishedAt", publishedAt.toString());
        article.put("source", run.source());
        article.put("language", "en");
        if (!wire.tags().isEmpty()) {
            ArrayNode tags = article.putArray("tags");
            wire.tags().forEach(tags::add);
        }
        return article;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asString().isBlank() ? null : value.asString().strip();
    }

    private static void addAll(JsonNode values, Set<String> into) {
        if (values != null && values.isArray()) {
            for (JsonNode value : values.values()) {
                if (value.isString() && !value.stringValue().isBlank()) {
                    into.add(value.stringValue().strip());
                }
            }
        }
    }
}
