package com.claimwire.ingest.articles;

import com.claimwire.contracts.ClaimIds;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Settles an article's identity: canonical URL, id (the publisher's, else from the URL) and content hash. */
public final class ArticleNormalizer {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ArticleNormalizer() {
    }

    public static NormalizedArticle normalize(ArticleSubmission article) {
        String canonicalUrl = UrlCanonicalizer.canonicalize(article.url());
        String id = article.id() != null ? article.id() : ClaimIds.articleId(canonicalUrl);
        String title = collapseWhitespace(tidy(article.title()));
        String body = tidy(article.body());
        return new NormalizedArticle(id, article.url(), canonicalUrl, title, body, contentHash(title, body),
                article.publishedAt(), article.source(), article.language(), article.tags());
    }

    /**
     * The hash that tells an unchanged re-delivery from an update: whitespace and Unicode normal form do not
     * count as changes.
     */
    public static String contentHash(String title, String body) {
        String content = collapseWhitespace(title) + "\n" + collapseWhitespace(body);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Normalizer.normalize(content, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static String tidy(String text) {
        String unixLines = text.replace("\r\n", "\n").replace('\r', '\n');
        return CONTROL.matcher(unixLines).replaceAll("").strip();
    }

    private static String collapseWhitespace(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }
}
