package com.claimwire.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private static final String PARAGRAPH_ONE = "The foreign minister admitted on Saturday that his country had sent "
            + "a small number of drones to Russia, a day after denying any deliveries, according to state media.";
    private static final String PARAGRAPH_TWO = "A US official, speaking on condition of anonymity, alleged that "
            + "several hundred drones had been delivered, far more than the minister acknowledged, and said more "
            + "were expected.";
    private static final String PARAGRAPH_THREE = "The ministry did not respond to a request for comment, and "
            + "officials in Moscow declined to discuss the matter, citing security concerns.";

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static String page(String head, String article) {
        return """
                <!doctype html><html %s><head>%s</head><body>
                <header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a>
                  <a href="/business">Business</a></nav></header>
                <div class="layout">
                  <div class="main-column">%s</div>
                  <div class="sidebar"><h3>Most read</h3><ul>
                    <li><a href="/a">Another story that many people read today, with a long headline</a></li>
                    <li><a href="/b">Yet another story that many people read today, also long</a></li></ul></div>
                </div>
                <div class="newsletter-signup"><p>Sign up for our newsletter to get the best stories, every day.</p></div>
                <footer><p>Copyright 2024 Example News. All rights reserved, in every way possible.</p></footer>
                </body></html>
                """.formatted(head.startsWith("lang=") ? head.substring(0, head.indexOf(' ')) : "",
                head.startsWith("lang=") ? head.substring(head.indexOf(' ')) : head, article);
    }

    private static String article(String extra) {
        return """
                <article><h1>Minister admits drone deliveries</h1>%s
                  <div class="share-bar"><a href="https://twitter.com/share">Share on Twitter</a>
                    <a href="https://facebook.com/share">Share on Facebook</a></div>
                  <p>%s</p><figure><img src="d.jpg"><figcaption>Drones on display in 2021.</figcaption></figure>
                  <p>%s</p><p>%s</p>
                  <div class="related-links"><h4>Related</h4><ul><li><a href="/x">Drones explained in detail here</a></li>
                  <li><a href="/y">Timeline of the conflict so far, updated</a></li></ul></div>
                </article>
                """.formatted(extra, PARAGRAPH_ONE, PARAGRAPH_TWO, PARAGRAPH_THREE);
    }

    @Test
    void keepsTheArticleTextAndDropsNavigationSharingAndRelatedLinks() {
        ExtractedArticle article = extractor.extract(page("<title>Drones | Example News</title>", article("")),
                "https://news.example.org/world/drones?utm_source=x");

        assertThat(article.body()).isEqualTo(PARAGRAPH_ONE + "\n\n" + PARAGRAPH_TWO + "\n\n" + PARAGRAPH_THREE);
    }

    @Test
    void readsMetadataFromJsonLd() {
        String head = """
                <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Example News"},
                  {"@type": ["NewsArticle"], "headline": "Minister admits drone deliveries",
                   "datePublished": "2022-11-05T14:03:00+01:00",
                   "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "Ali Khan"}]}]}
                </script>
                <link rel="canonical" href="/world/drones">
                """;

        ExtractedArticle article = extractor.extract(page(head, article("")), "https://news.example.org/world/x");

        assertThat(article.title()).isEqualTo("Minister admits drone deliveries");
        assertThat(article.byline()).isEqualTo("Jane Doe, Ali Khan");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2022-11-05T13:03:00Z"));
        assertThat(article.canonicalUrl()).isEqualTo("https://news.example.org/world/drones");
        assertThat(article.language()).isEqualTo("en");
    }

    @Test
    void readsMetadataFromMetaTagsAndTimeElements() {
        String head = """
                lang="en-GB" <meta property="og:title" content="Minister räumt Lieferungen ein">
                <meta name="author" content="Erika Mustermann">
                <meta property="og:url" content="https://example.de/politik/drohnen">
                """;
        String byline = "<p class=\"byline\">Von Erika Mustermann, <time datetime=\"2022-11-05T09:00:00Z\">5. Nov."
                + "</time></p>";

        ExtractedArticle article = extractor.extract(page(head, article(byline)), null);

        assertThat(article.title()).isEqualTo("Minister räumt Lieferungen ein");
        assertThat(article.byline()).isEqualTo("Erika Mustermann");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2022-11-05T09:00:00Z"));
        assertThat(article.canonicalUrl()).isEqualTo("https://example.de/politik/drohnen");
        assertThat(article.language()).isEqualTo("en");
    }

    @Test
    void guessesTheLanguageOfPagesThatDoNotDeclareOne() {
        String french = "<article><p>Le ministre a reconnu samedi que son pays avait envoyé un petit nombre de drones "
                + "à la Russie, un jour après avoir nié toute livraison, selon les médias de l'État.</p><p>Les "
                + "responsables n'ont pas répondu aux questions et le ministère a refusé de commenter la situation "
                + "dans la région.</p></article>";

        assertThat(extractor.extract(page("", french), null).language()).isEqualTo("fr");
    }

    @Test
    void decodesBytesByTheCharsetThePageDeclares() {
        String html = page("<meta charset=\"windows-1252\"><title>Café</title>", article(""));

        ExtractedArticle article = extractor.extract(html.getBytes(Charset.forName("windows-1252")), null);

        assertThat(article.title()).isEqualTo("Minister admits drone deliveries");
        assertThat(article.body()).startsWith(PARAGRAPH_ONE);
    }

    @Test
    void dropsTheSiteNameFromTitlesAndSkipsPlaceholderDates() {
        String head = """
                <title>Minister admits drone deliveries - Example News</title>
                <meta property="og:site_name" content="Example News">
                <meta property="article:published_time" content="0001-01-01T00:00:00Z">
                <meta name="date" content="2022-11-05">
                """;

        ExtractedArticle article = extractor.extract(page(head, article("").replace("<h1>", "<h2>")
                .replace("</h1>", "</h2>")), "https://www.example-news.org/a");

        assertThat(article.title()).isEqualTo("Minister admits drone deliveries");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2022-11-05T00:00:00Z"));
    }

    @Test
    void cleansPrintedBylines() {
        String byline = "<div class=\"byline\">By Jane Doe @janedoe Nov 18, 2019 at 9:24 pm ET</div>";

        assertThat(extractor.extract(page("", article(byline)), null).byline()).isEqualTo("Jane Doe");
    }

    @Test
    void trustsTheTextOverADeclaredLanguageItClearlyContradicts() {
        assertThat(extractor.extract(page("lang=\"de\" <title>x</title>", article("")), null).language())
                .isEqualTo("en");
    }

    @Test
    void fallsBackToTheJsonLdArticleBodyWhenThePageRendersItsTextWithScript() {
        String head = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"articleBody\": \""
                + PARAGRAPH_ONE + " " + PARAGRAPH_TWO + "\"}</script>";
        String shell = "<div id=\"app\"><p>Loading…</p></div>";

        assertThat(extractor.extract(page(head, shell), null).body()).isEqualTo(PARAGRAPH_ONE + " " + PARAGRAPH_TWO);
    }

    @Test
    void anEmptyPageYieldsAnEmptyBody() {
        ExtractedArticle article = extractor.extract("", null);

        assertThat(article.body()).isEmpty();
        assertThat(article.publishedAt()).isNull();
    }
}
