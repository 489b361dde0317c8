package com.claimwire.ingest.bulkimport;

import java.util.LinkedHashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one line of an import file into the push format of {@code POST /api/articles}. Lines already in the
 * push format pass through; Reuters-21578 lines ({@code newid}, {@code date}, {@code title}, {@code dateline},
 * {@code body}, {@code topics}, {@code places}) are mapped. Nothing is checked here: the API does that and
 * its reasons go to the rejects file.
 */
final class ImportRecordMapper {

    /** Reuters-21578 has no URLs; its articles get one under a reserved, never-resolving domain (RFC 2606). */
    static final String REUTERS_URL_PREFIX = "https://reuters21578.invalid/newid/";
    static final String REUTERS_ID_PREFIX = "reuters21578-";
    private static final String[] PUSH_FIELDS = {"id", "url", "title", "body", "publishedAt", "source", "language", "tags"};

    private final JsonMapper mapper;

    ImportRecordMapper(JsonMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode toArticle(JsonNode line) {
        return isReuters(line) ? fromReuters(line) : fromPushFormat(line);
    }

    private static boolean isReuters(JsonNode line) {
        return line.has("newid") && !line.has("url");
    }

    private ObjectNode fromPushFormat(JsonNode line) {
        ObjectNode article = mapper.createObjectNode();
        for (String field : PUSH_FIELDS) {
            if (line.has(field)) {
                article.set(field, line.get(field));
            }
        }
        if (!line.has("body") && line.has("text")) {
            article.set("body", line.get("text"));
        }
        return article;
    }

    private ObjectNode fromReuters(JsonNode line) {
        String newId = line.get("newid").asString();
        ObjectNode article = mapper.createObjectNode();
        article.put("id", REUTERS_ID_PREFIX + newId);
        article.put("url", REUTERS_URL_PREFIX + newId);
        copyText(line, "title", article, "title");
        String body = text(line, "body");
        if (body != null) {
            String dateline = text(line, "dateline");
            // The wire copy reads "SALVADOR, Feb 26 - Showers continued ...": keep the place it was filed from.
            article.put("body", dateline == null ? body : dateline + " " + body);
        }
        String date = text(line, "date");
        if (date != null) {
            // The collection's times carry no zone; they are taken as UTC.
            article.put("publishedAt", date.matches(".*([zZ]|[+-]\\d\\d:?\\d\\d)$") ? date : date + "Z");
        }
        article.put("source", "Reuters");
        article.put("language", "en");
        Set<String> tags = new LinkedHashSet<>();
        addAll(line.get("topics"), tags);
        addAll(line.get("places"), tags);
        if (!tags.isEmpty()) {
            var array = article.putArray("tags");
            tags.forEach(array::add);
        }
        return article;
    }

    private static void copyText(JsonNode from, String field, ObjectNode to, String target) {
        String value = text(from, field);
        if (value != null) {
            to.put(target, value);
        }
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
