package com.claimwire.ingest.parsing.feeds;

import com.claimwire.ingest.parsing.FeedItem;
import com.claimwire.ingest.parsing.FeedParseException;
import com.claimwire.ingest.parsing.ParsedFeed;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Entities;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). */
final class JsonFeedReader {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final String VERSION_PREFIX = "https://jsonfeed.org/version/";

    private JsonFeedReader() {
    }

    static ParsedFeed read(String json, String sourceUrl) throws FeedParseException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new FeedParseException("not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new FeedParseException("JSON document is not a JSON Feed: top level is not an object");
        }
        String format = format(text(root, "version"), root.path("items").isArray());
        String base = firstNonNull(text(root, "feed_url"), sourceUrl);
        List<FeedItem> items = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            if (item.isObject()) {
                items.add(item(item, base));
            }
        }
        return new ParsedFeed(format, text(root, "title"), items);
    }

    /** {@code json1.0} or {@code json1.1}; the bare numbers and a missing version are common in the wild. */
    private static String format(String version, boolean hasItems) throws FeedParseException {
        if (version == null) {
            if (hasItems) {
                return "json1.0";
            }
            throw new FeedParseException("JSON document is not a JSON Feed: no version and no items");
        }
        String number = version.startsWith(VERSION_PREFIX)
                ? version.substring(VERSION_PREFIX.length()).replaceAll("/+$", "") : version;
        return switch (number) {
            case "1", "1.0" -> "json1.0";
            case "1.1" -> "json1.1";
            default -> throw new FeedParseException("JSON document is not a JSON Feed: version is '" + version + "'");
        };
    }

    private static FeedItem item(JsonNode item, String base) {
        String url = firstNonNull(text(item, "url"), text(item, "external_url"));
        String contentText = text(item, "content_text");
        String contentHtml = firstNonNull(text(item, "content_html"),
                contentText == null ? null : "<p>" + Entities.escape(contentText) + "</p>");
        return new FeedItem(text(item, "title"), url == null ? null : Urls.resolve(base, url),
                FeedDates.parse(firstNonNull(text(item, "date_published"), text(item, "date_modified"))),
                text(item, "summary"), text(item, "id"), contentHtml);
    }

    /** A string or number property as text; {@code null} when absent, blank or structured. */
    private static String text(JsonNode node, String property) {
        JsonNode value = node.get(property);
        if (value == null || !(value.isString() || value.isNumber())) {
            return null;
        }
        String text = value.asString().strip();
        return text.isEmpty() ? null : text;
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }
}
