package com.claimwire.contracts;

import java.util.List;

/**
 * One claim found in an article: a single proposition, attributed to a speaker, with its stance.
 *
 * @param id stable for the same article and span (see {@link ClaimIds})
 * @param text the claimed content
 * @param start offset of the content in the article body
 * @param end end offset (exclusive) of the content in the article body
 * @param direct {@code true} for a direct quote, {@code false} for reported speech
 * @param type the stance of the claim
 * @param cue the attribution cue ("said", "according to"), may be {@code null}
 * @param speaker who made the claim
 * @param entities canonical names of the entities the claim is about
 * @param topics topic codes of the claim (see the analysis service's taxonomy)
 * @param confidence how sure the engine is, from 0 to 1
 * @param embedding a 384-dimension sentence embedding, or {@code null} when not computed
 */
public record Claim(
        String id,
        String text,
        int start,
        int end,
        boolean direct,
        ClaimType type,
        TextSpan cue,
        Speaker speaker,
        List<String> entities,
        List<String> topics,
        double confidence,
        float[] embedding) {

    public Claim {
        entities = entities == null ? List.of() : List.copyOf(entities);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    /** This claim with another embedding. */
    public Claim withEmbedding(float[] vector) {
        return new Claim(id, text, start, end, direct, type, cue, speaker, entities, topics, confidence, vector);
    }
}
