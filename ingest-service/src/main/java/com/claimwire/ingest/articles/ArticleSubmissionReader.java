package com.claimwire.ingest.articles;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads pushed articles from JSON, checking every field and collecting every problem, so that one answer
 * tells a publisher all that is wrong with a request.
 */
public final class ArticleSubmissionReader {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2}(?:[-_][A-Za-z0-9]{1,8})*");
    private static final int MAX_URL_LENGTH = 4096;
    private static final int MAX_SOURCE_LENGTH = 300;
    private static final int MAX_TAGS = 50;
    private static final int MAX_TAG_LENGTH = 100;

    private final ArticleLimits limits;

    public ArticleSubmissionReader(ArticleLimits limits) {
        this.limits = limits;
    }

    /** The articles of a request body: one JSON object, or an array of them. */
    public Result readRequest(JsonNode json) {
        if (json == null || json.isNull() || json.isMissingNode()) {
            return Result.invalid(List.of(new FieldError("", "request body must be an article object or an array of them")));
        }
        if (json.isObject()) {
            return read(List.of(json), false);
        }
        if (!json.isArray()) {
            return Result.invalid(List.of(new FieldError("", "must be an article object or an array of them")));
        }
        if (json.isEmpty()) {
            return Result.invalid(List.of(new FieldError("", "batch must contain at least one article")));
        }
        List<JsonNode> items = new ArrayList<>(json.size());
        json.values().forEach(items::add);
        return read(items, true);
    }

    private Result read(List<JsonNode> items, boolean batch) {
        List<ArticleSubmission> articles = new ArrayList<>(items.size());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String prefix = batch ? "[" + i + "]" : "";
            ArticleSubmission article = readOne(items.get(i), prefix, errors);
            if (article != null) {
                articles.add(article);
            }
        }
        return errors.isEmpty() ? Result.valid(articles) : Result.invalid(errors);
    }

    /** One article, or {@code null} with its problems added to {@code errors}. */
    public ArticleSubmission readOne(JsonNode item, String prefix, List<FieldError> errors) {
        if (item == null || !item.isObject()) {
            errors.add(new FieldError(prefix, "must be a JSON object with url, title and body"));
            return null;
        }
        int before = errors.size();
        Fields fields = new Fields(item, prefix, errors);

        String url = fields.requiredText("url", MAX_URL_LENGTH);
        if (url != null) {
            try {
                UrlCanonicalizer.canonicalize(url);
            } catch (IllegalArgumentException e) {
                fields.error("url", e.getMessage());
            }
        }
        String title = fields.requiredText("title", limits.maxTitleLength());
        String body = fields.requiredText("body", limits.maxBodyLength());
        String id = fields.optionalText("id", 128);
        if (id != null && !ID.matcher(id).matches()) {
            fields.error("id", "must be 1-128 letters, digits or . _ : - and start with a letter or digit");
        }
        Instant publishedAt = null;
        String published = fields.optionalText("publishedAt", 64);
        if (published != null) {
            try {
                publishedAt = OffsetDateTime.parse(published).toInstant();
            } catch (DateTimeParseException e) {
                fields.error("publishedAt", "must be an ISO-8601 date-time with an offset, e.g. 2022-11-05T09:30:00Z");
            }
        }
        String source = fields.optionalText("source", MAX_SOURCE_LENGTH);
        String language = fields.optionalText("language", 35);
        if (language != null) {
            if (LANGUAGE.matcher(language).matches()) {
                language = language.substring(0, 2).toLowerCase(Locale.ROOT);
            } else {
                fields.error("language", "must be an ISO 639-1 code such as en (a regional suffix such as en-GB is accepted)");
            }
        }
        List<String> tags = fields.optionalTags("tags");

        if (errors.size() > before) {
            return null;
        }
        return new ArticleSubmission(id, url.strip(), title.strip(), body.strip(), publishedAt, source, language, tags);
    }

    /** Field access that records a problem instead of throwing. */
    private static final class Fields {
        private final JsonNode item;
        private final String prefix;
        private final List<FieldError> errors;

        Fields(JsonNode item, String prefix, List<FieldError> errors) {
            this.item = item;
            this.prefix = prefix;
            this.errors = errors;
        }

        void error(String field, String message) {
            errors.add(new FieldError(prefix.isEmpty() ? field : prefix + "." + field, message));
        }

        String requiredText(String field, int maxLength) {
            JsonNode value = item.get(field);
            if (value == null || value.isNull()) {
                error(field, "is required");
                return null;
            }
            String text = text(field, value, maxLength);
            if (text != null && text.isBlank()) {
                error(field, "must not be blank");
                return null;
            }
            return text;
        }

        String optionalText(String field, int maxLength) {
            JsonNode value = item.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            String text = text(field, value, maxLength);
            return text == null || text.isBlank() ? null : text.strip();
        }

        private String text(String field, JsonNode value, int maxLength) {
            if (!value.isString()) {
                error(field, "must be a string");
                return null;
            }
            String text = value.stringValue();
            if (text.length() > maxLength) {
                error(field, "must be at most " + maxLength + " characters (was " + text.length() + ")");
                return null;
            }
            return text;
        }

        List<String> optionalTags(String field) {
            JsonNode value = item.get(field);
            if (value == null || value.isNull()) {
                return List.of();
            }
            if (!value.isArray() || value.size() > MAX_TAGS) {
                error(field, "must be an array of at most " + MAX_TAGS + " strings");
                return List.of();
            }
            List<String> tags = new ArrayList<>();
            for (JsonNode tag : value.values()) {
                if (!tag.isString() || tag.stringValue().isBlank() || tag.stringValue().length() > MAX_TAG_LENGTH) {
                    error(field, "must contain non-blank strings of at most " + MAX_TAG_LENGTH + " characters");
                    return List.of();
                }
                tags.add(tag.stringValue().strip());
            }
            return tags;
        }
    }

    /**
     * The outcome of reading a request: the articles when every one is valid, else every problem found.
     *
     * @param articles the articles, in request order; empty when invalid
     * @param errors every problem; empty when valid
     */
    public record Result(List<ArticleSubmission> articles, List<FieldError> errors) {

        static Result valid(List<ArticleSubmission> articles) {
            return new Result(List.copyOf(articles), List.of());
        }

        static Result invalid(List<FieldError> errors) {
            return new Result(List.of(), List.copyOf(errors));
        }

        public boolean isValid() {
            return errors.isEmpty();
        }
    }
}
