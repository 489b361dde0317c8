package com.claimwire.contracts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An article after the claims engine: its entities, topics and claims. The enriched-article contract.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param id article id, as in {@link ArticleReceived#id()}
 * @param version article version, as in {@link ArticleReceived#version()}
 * @param url the article URL
 * @param title headline
 * @param body the text the claim offsets point into
 * @param publishedAt publication time, may be {@code null}
 * @param source outlet, may be {@code null}
 * @param language ISO 639-1 code, may be {@code null}
 * @param duplicateOf id of the first copy for syndicated copies, else {@code null}
 * @param receivedAt when ingest accepted the article, for end-to-end latency
 * @param entities entities the article mentions
 * @param topics topic codes of the article
 * @param claims the claims, in body order; on the enriched topic without their embeddings, which travel once, on
 *        the claims topic
 * @param analysis how the analysis went
 */
public record ArticleAnalyzed(
        int schemaVersion,
        String id,
        int version,
        String url,
        String title,
        String body,
        Instant publishedAt,
        String source,
        String language,
        String duplicateOf,
        Instant receivedAt,
        List<Entity> entities,
        List<String> topics,
        List<Claim> claims,
        Analysis analysis) implements Event {

    public static final int SCHEMA_VERSION = 1;

    public ArticleAnalyzed {
        entities = entities == null ? List.of() : List.copyOf(entities);
        topics = topics == null ? List.of() : List.copyOf(topics);
        claims = claims == null ? List.of() : List.copyOf(claims);
    }

    /**
     * How the engine ran on this article.
     *
     * @param engineVersion version of the claims engine
     * @param tookMillis time spent on the article
     * @param partial {@code true} when the time budget ran out or a stage failed and the result is incomplete
     * @param reason why the result is partial, else {@code null}
     */
    public record Analysis(String engineVersion, long tookMillis, boolean partial, String reason) {
    }

    @Override
    public String key() {
        return id;
    }

    @Override
    public List<String> violations() {
        List<String> problems = new ArrayList<>();
        if (id == null || id.isBlank()) {
            problems.add("id is missing");
        }
        if (body == null) {
            problems.add("body is missing");
        }
        for (Claim claim : claims) {
            if (claim.id() == null || claim.speaker() == null || claim.type() == null) {
                problems.add("claim " + claim.id() + " lacks an id, speaker or type");
            } else if (claim.end() > body.length()) {
                problems.add("claim " + claim.id() + " ends past the body");
            }
        }
        return problems;
    }
}
