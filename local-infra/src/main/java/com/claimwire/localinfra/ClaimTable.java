package com.claimwire.localinfra;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Claim search hits as a plain-text table for the terminal. */
final class ClaimTable {

    private static final int ARTICLE_WIDTH = 34;
    private static final int CLAIM_WIDTH = 58;
    private static final int SPEAKER_WIDTH = 26;
    private static final int TYPE_WIDTH = 10;

    private ClaimTable() {
    }

    /** One row per hit: article title (or id), claim text, speaker, type and tracking status when present. */
    static String render(List<JsonNode> hits) {
        List<String> lines = new ArrayList<>();
        lines.add(row("ARTICLE", "CLAIM", "SPEAKER", "TYPE", "TRACKING"));
        lines.add("-".repeat(ARTICLE_WIDTH + CLAIM_WIDTH + SPEAKER_WIDTH + TYPE_WIDTH + 4 + "TRACKING".length() + 2));
        for (JsonNode hit : hits) {
            String article = firstPresent(text(hit, "articleTitle"), text(hit, "articleId"));
            lines.add(row(article, text(hit, "text"), text(hit.path("speaker"), "name"), text(hit, "type"),
                    firstPresent(text(hit.path("tracking"), "status"), text(hit, "trackingStatus"))));
        }
        return String.join("\n", lines);
    }

    private static String row(String article, String claim, String speaker, String type, String tracking) {
        return pad(shorten(article, ARTICLE_WIDTH), ARTICLE_WIDTH) + "  "
                + pad(shorten(claim, CLAIM_WIDTH), CLAIM_WIDTH) + "  "
                + pad(shorten(speaker, SPEAKER_WIDTH), SPEAKER_WIDTH) + "  "
                + pad(shorten(type, TYPE_WIDTH), TYPE_WIDTH) + "  "
                + (tracking == null ? "" : tracking);
    }

    /** {@code text} on one line, cut with an ellipsis to at most {@code width} characters. */
    static String shorten(String text, int width) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= width ? oneLine : oneLine.substring(0, width - 1).stripTrailing() + "…";
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }

    private static String firstPresent(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }
}
