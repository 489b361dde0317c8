package com.claimwire.ingest.parsing.pages;

import com.claimwire.ingest.parsing.feeds.FeedDates;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a page says about its article outside the text: JSON-LD ({@code NewsArticle} and friends), Open Graph
 * and other meta tags, microdata, {@code <time>} and {@code <link rel=canonical>}.
 */
final class PageMetadata {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final List<String> ARTICLE_TYPES = List.of("article", "newsarticle", "reportagenewsarticle",
            "blogposting", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "report",
            "webpage", "liveblogposting", "techarticle", "scholarlyarticle", "socialmediaposting");

    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»]\\s+");
    /** Where a printed byline stops naming people: a handle, a bullet, a bar, a date, "Updated". */
    private static final Pattern BYLINE_TAIL = Pattern.compile(
            "(?i)\\s*(@\\w|•|\\||\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d"
                    + "|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|updated\\b|published\\b).*$");
    private static final int MAX_BYLINE_CHARS = 120;
    private static final Instant EARLIEST_PLAUSIBLE = Instant.parse("1990-01-01T00:00:00Z");

    private final Document document;
    private final List<JsonNode> articles;

    PageMetadata(Document document) {
        this.document = document;
        this.articles = linkedDataArticles(document);
    }

    /** The JSON-LD article body, when the page publishes one. */
    Optional<String> linkedDataBody() {
        return articles.stream().map(article -> text(article, "articleBody")).filter(Objects::nonNull)
                .max((a, b) -> Integer.compare(a.length(), b.length()));
    }

    String title() {
        String title = first(
                meta("og:title"), meta("twitter:title"),
                articles.stream().map(article -> text(article, "headline")).filter(Objects::nonNull).findFirst(),
                Optional.ofNullable(document.selectFirst("h1")).map(Element::text),
                Optional.of(document.title()));
        return title == null ? null : withoutSiteName(title);
    }

    /** "Headline - Example News" becomes "Headline" when the suffix (or prefix) names the site. */
    private String withoutSiteName(String title) {
        String siteName = meta("og:site_name").map(PageMetadata::letters).orElse("");
        String host = hostLabel();
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String last = letters(parts[parts.length - 1]);
        String firstPart = letters(parts[0]);
        if (namesSite(last, siteName, host)) {
            return title.substring(0, title.length() - parts[parts.length - 1].length())
                    .replaceFirst(TITLE_SEPARATOR.pattern() + "$", "").strip();
        }
        if (namesSite(firstPart, siteName, host)) {
            return title.substring(parts[0].length()).replaceFirst("^" + TITLE_SEPARATOR.pattern(), "").strip();
        }
        return title;
    }

    private static boolean namesSite(String part, String siteName, String host) {
        if (part.isEmpty()) {
            return false;
        }
        // "Sportsnet.ca" for sportsnet.ca, "TechCrunch" for techcrunch.com, "IGN" for ign.com.
        return part.equals(siteName) || !host.isEmpty()
                && (part.startsWith(host) && part.length() <= host.length() + 4
                || host.startsWith(part) && part.length() >= 3);
    }

    private String hostLabel() {
        String location = document.location();
        try {
            String host = location == null || location.isEmpty() ? "" : URI.create(location).getHost();
            if (host == null) {
                return "";
            }
            String[] labels = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", "").split("\\.");
            return labels.length == 0 ? "" : letters(labels[0]);
        } catch (IllegalArgumentException notAUri) {
            return "";
        }
    }

    private static String letters(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    String byline() {
        String byline = first(
                articles.stream().map(article -> personNames(article.get("author"))).filter(Objects::nonNull)
                        .findFirst(),
                meta("author").filter(author -> !author.startsWith("http")),
                meta("article:author").filter(author -> !author.startsWith("http")),
                meta("byl"), meta("dc.creator"), meta("sailthru.author"), meta("parsely-author"),
                Optional.ofNullable(document.selectFirst("[itemprop=author] [itemprop=name], [itemprop=author], "
                        + "[rel=author], .byline, .author-name, .author")).map(Element::text));
        if (byline == null) {
            return null;
        }
        String clean = BYLINE_TAIL.matcher(byline.replaceFirst("(?i)^by:?\\s+", "")).replaceFirst("").strip();
        return clean.isEmpty() || clean.length() > MAX_BYLINE_CHARS ? null : clean;
    }

    Instant publishedAt() {
        return Stream.of(
                        meta("article:published_time"), meta("og:published_time"),
                        articles.stream().map(article -> text(article, "datePublished")).filter(Objects::nonNull)
                                .findFirst(),
                        attribute("[itemprop=datePublished]", "content"),
                        attribute("[itemprop=datePublished]", "datetime"),
                        meta("date"), meta("pubdate"), meta("publishdate"), meta("publish-date"),
                        meta("dc.date"), meta("dc.date.issued"), meta("dcterms.created"), meta("sailthru.date"),
                        meta("parsely-pub-date"),
                        attribute("time[datetime]", "datetime"),
                        meta("article:modified_time"),
                        articles.stream().map(article -> text(article, "dateModified")).filter(Objects::nonNull)
                                .findFirst())
                .flatMap(Optional::stream).map(FeedDates::parse).filter(PageMetadata::plausible).findFirst()
                .orElse(null);
    }

    /** Templates print placeholders such as 0001-01-01; the web's news is younger than that. */
    private static boolean plausible(Instant instant) {
        return instant != null && instant.isAfter(EARLIEST_PLAUSIBLE)
                && instant.isBefore(Instant.now().plus(Duration.ofDays(2)));
    }

    String canonicalUrl(String pageUrl) {
        return first(
                Optional.ofNullable(document.selectFirst("link[rel=canonical][href]")).map(link -> link.absUrl("href"))
                        .filter(url -> !url.isEmpty()),
                Optional.ofNullable(document.selectFirst("meta[property=og:url][content]"))
                        .map(meta -> meta.absUrl("content")).filter(url -> url.startsWith("http")),
                Optional.ofNullable(pageUrl).filter(url -> !url.isBlank()));
    }

    /** The declared language as an ISO 639-1 code, when the page declares one. */
    Optional<String> declaredLanguage() {
        return Stream.of(
                        Optional.ofNullable(document.selectFirst("html[lang]")).map(html -> html.attr("lang")),
                        Optional.ofNullable(document.selectFirst("html[xml:lang]")).map(html -> html.attr("xml:lang")),
                        Optional.ofNullable(document.selectFirst("meta[http-equiv~=(?i)content-language]"))
                                .map(meta -> meta.attr("content")),
                        meta("og:locale"), meta("language"), meta("dc.language"),
                        articles.stream().map(article -> text(article, "inLanguage")).filter(Objects::nonNull)
                                .findFirst())
                .flatMap(Optional::stream)
                .map(code -> code.strip().toLowerCase(Locale.ROOT).split("[-_,;\\s]")[0])
                .filter(code -> code.matches("[a-z]{2,3}"))
                .findFirst();
    }

    private Optional<String> meta(String name) {
        for (Element meta : document.select("meta[content]")) {
            String key = meta.hasAttr("property") ? meta.attr("property") : meta.hasAttr("name") ? meta.attr("name")
                    : meta.attr("itemprop");
            if (key.equalsIgnoreCase(name) && !meta.attr("content").isBlank()) {
                return Optional.of(meta.attr("content").strip());
            }
        }
        return Optional.empty();
    }

    private Optional<String> attribute(String selector, String attribute) {
        return Optional.ofNullable(document.selectFirst(selector + "[" + attribute + "]"))
                .map(element -> element.attr(attribute)).filter(value -> !value.isBlank());
    }

    @SafeVarargs
    private static String first(Optional<String>... candidates) {
        for (Optional<String> candidate : candidates) {
            Optional<String> value = candidate.map(String::strip).filter(text -> !text.isEmpty());
            if (value.isPresent()) {
                return value.get();
            }
        }
        return null;
    }

    private static List<JsonNode> linkedDataArticles(Document document) {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : document.select("script[type=application/ld+json]")) {
            try {
                collectArticles(JSON.readTree(script.data()), found, 0);
            } catch (JacksonException malformed) {
                // Broken JSON-LD is common; the page's other metadata still counts.
            }
        }
        return found;
    }

    private static void collectArticles(JsonNode node, List<JsonNode> found, int depth) {
        if (node == null || depth > 6) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collectArticles(child, found, depth + 1));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (isArticleType(node.get("@type"))) {
            found.add(node);
        }
        collectArticles(node.get("@graph"), found, depth + 1);
        collectArticles(node.get("mainEntity"), found, depth + 1);
        collectArticles(node.get("mainEntityOfPage"), found, depth + 1);
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (isArticleType(each)) {
                    return true;
                }
            }
            return false;
        }
        return type.isString() && ARTICLE_TYPES.contains(type.asString().toLowerCase(Locale.ROOT));
    }

    private static String personNames(JsonNode author) {
        if (author == null) {
            return null;
        }
        if (author.isString()) {
            String name = Parser.unescapeEntities(author.asString(), false).strip();
            return name.isEmpty() ? null : name;
        }
        if (author.isArray()) {
            List<String> names = new ArrayList<>();
            author.forEach(each -> {
                String name = personNames(each);
                if (name != null) {
                    names.add(name);
                }
            });
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return text(author, "name");
    }

    private static String text(JsonNode node, String property) {
        JsonNode value = node.get(property);
        if (value == null) {
            return null;
        }
        if (value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        if (!value.isString()) {
            return null;
        }
        // Publishers often run JSON-LD strings through their HTML escaping.
        String text = Parser.unescapeEntities(value.asString(), false).strip();
        return text.isEmpty() ? null : text;
    }
}
