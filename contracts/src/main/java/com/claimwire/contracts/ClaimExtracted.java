package com.claimwire.contracts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One claim found in an article, published on its own so that consumers can follow claims without
 * reading whole articles. Keyed by article id, so an article's claims stay ordered.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param articleId the article the claim was found in
 * @param articleVersion the article version
 * @param articleUrl the article URL
 * @param articleTitle the article headline
 * @param source outlet, may be {@code null}
 * @param language ISO 639-1 code, may be {@code null}
 * @param publishedAt publication time of the article, may be {@code null}
 * @param receivedAt when ingest accepted the article
 * @param duplicateOf id of the first copy for syndicated copies, else {@code null}
 * @param claim the claim
 */
public record ClaimExtracted(
        int schemaVersion,
        String articleId,
        int articleVersion,
        String articleUrl,
        String articleTitle,
        String source,
        String language,
        Instant publishedAt,
        Instant receivedAt,
        String duplicateOf,
        Claim claim) implements Event {

    public static final int SCHEMA_VERSION = 1;

    /** The claim events of an analysed article, one per claim, in body order. */
    public static List<ClaimExtracted> of(ArticleAnalyzed article) {
        List<ClaimExtracted> events = new ArrayList<>(article.claims().size());
        for (Claim claim : article.claims()) {
            events.add(new ClaimExtracted(SCHEMA_VERSION, article.id(), article.version(), article.url(),
                    article.title(), article.source(), article.language(), article.publishedAt(),
                    article.receivedAt(), article.duplicateOf(), claim));
        }
        return events;
    }

    @Override
    public String key() {
        return articleId;
    }

    @Override
    public List<String> violations() {
        List<String> problems = new ArrayList<>();
        if (articleId == null || articleId.isBlank()) {
            problems.add("articleId is missing");
        }
        if (claim == null) {
            problems.add("claim is missing");
        } else {
            if (claim.id() == null || claim.id().isBlank()) {
                problems.add("claim.id is missing");
            }
            if (claim.text() == null) {
                problems.add("claim.text is missing");
            }
            if (claim.type() == null) {
                problems.add("claim.type is missing");
            }
            if (claim.speaker() == null || claim.speaker().name() == null) {
                problems.add("claim.speaker.name is missing");
            }
        }
        return problems;
    }
}
