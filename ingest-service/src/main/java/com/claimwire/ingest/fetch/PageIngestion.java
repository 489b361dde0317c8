package com.claimwire.ingest.fetch;

import com.claimwire.ingest.articles.ArticleIntake;
import com.claimwire.ingest.articles.ArticleLimits;
import com.claimwire.ingest.articles.ArticleSubmission;
import com.claimwire.ingest.articles.IntakeResult;
import com.claimwire.ingest.parsing.ArticleExtractor;
import com.claimwire.ingest.parsing.ExtractedArticle;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Fetches a page, extracts its article and takes it in: for {@code POST /api/fetch} and for feed items. */
@Component
public class PageIngestion {

    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int CHARSET_SNIFF_BYTES = 4096;

    private final WebFetcher fetcher;
    private final ArticleIntake intake;
    private final ArticleLimits limits;
    private final ArticleExtractor extractor = new ArticleExtractor();

    PageIngestion(WebFetcher fetcher, ArticleIntake intake, ArticleLimits limits) {
        this.fetcher = fetcher;
        this.intake = intake;
        this.limits = limits;
    }

    /**
     * @throws FetchException when the page cannot be fetched
     * @throws UnusablePageException when it holds no article
     */
    public IntakeResult ingest(String url, PageHints hints) throws FetchException, UnusablePageException {
        FetchResult page = fetcher.fetch(url);
        String contentType = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
        if (!contentType.isEmpty() && !contentType.contains("html") && !contentType.contains("xml")) {
            throw new UnusablePageException(page.url() + " is not an HTML page (" + page.contentType() + ")");
        }
        ExtractedArticle article = extractor.extract(decode(page), page.url().toString());
        String body = firstNonBlank(article.body(), hints.fallbackText());
        String title = firstNonBlank(article.title(), hints.title());
        if (body == null) {
            throw new UnusablePageException("no article text found at " + page.url());
        }
        if (title == null) {
            throw new UnusablePageException("no headline found at " + page.url());
        }
        ArticleSubmission submission = new ArticleSubmission(null, articleUrl(page.url(), article.canonicalUrl()),
                truncate(title, limits.maxTitleLength()), truncate(body, limits.maxBodyLength()),
                article.publishedAt() != null ? article.publishedAt() : hints.publishedAt(),
                hints.source() != null ? hints.source() : page.url().getHost(), article.language(), hints.tags());
        return intake.accept(List.of(submission)).get(0);
    }

    /**
     * The page's declared canonical URL when it stays on the same site and names more than the home page
     * (sites that point every article's canonical link at their home page would otherwise merge them all);
     * else the URL the page was found at.
     */
    static String articleUrl(URI fetched, String declaredCanonical) {
        if (declaredCanonical == null || declaredCanonical.isBlank()) {
            return fetched.toString();
        }
        try {
            URI canonical = fetched.resolve(declaredCanonical.strip());
            boolean sameSite = canonical.getHost() != null
                    && site(canonical.getHost()).equals(site(fetched.getHost()));
            boolean specific = canonical.getPath() != null && canonical.getPath().length() > 1;
            boolean web = "http".equalsIgnoreCase(canonical.getScheme()) || "https".equalsIgnoreCase(canonical.getScheme());
            return sameSite && specific && web ? canonical.toString() : fetched.toString();
        } catch (IllegalArgumentException e) {
            return fetched.toString();
        }
    }

    private static String site(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.startsWith("www.") ? lower.substring(4) : lower;
    }

    /** The page as text: in the charset its header declares, else the one its markup declares, else UTF-8. */
    static String decode(FetchResult page) {
        Charset charset = charset(page.contentType());
        if (charset == null) {
            String head = new String(page.body(), 0, Math.min(page.body().length, CHARSET_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
            charset = charset(head);
        }
        return new String(page.body(), charset == null ? StandardCharsets.UTF_8 : charset);
    }

    private static Charset charset(String declaration) {
        if (declaration == null) {
            return null;
        }
        Matcher matcher = CHARSET.matcher(declaration);
        if (!matcher.find()) {
            return null;
        }
        try {
            return Charset.forName(matcher.group(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first.strip();
        }
        return second != null && !second.isBlank() ? second.strip() : null;
    }

    private static String truncate(String text, int maxLength) {
        return text.length() <= maxLength ? text : text.substring(0, maxLength);
    }
}
