package com.claimwire.search.search;

import com.claimwire.search.indexing.ClaimDocument;
import java.time.Instant;
import java.util.List;

/**
 * A claim in search results.
 *
 * @param highlight the claim text, HTML-escaped, with matched words in {@code <mark>} tags
 * @param score relevance or similarity score, {@code null} when sorted by date
 */
public record ClaimHit(
        String id,
        String articleId,
        int articleVersion,
        String articleUrl,
        String articleTitle,
        String source,
        String language,
        Instant publishedAt,
        String text,
        String type,
        boolean direct,
        String cue,
        ClaimDocument.SpeakerDocument speaker,
        List<String> entities,
        List<String> topics,
        double confidence,
        String duplicateOf,
        ClaimDocument.Tracking tracking,
        String highlight,
        Double score) {

    static ClaimHit of(ClaimDocument claim, String highlight, Double score) {
        return new ClaimHit(claim.id(), claim.articleId(), claim.articleVersion(), claim.articleUrl(),
                claim.articleTitle(), claim.source(), claim.language(), claim.publishedAt(), claim.text(),
                claim.type(), claim.direct(), claim.cue() == null ? null : claim.cue().text(), claim.speaker(),
                claim.entities(), claim.topics(), claim.confidence(), claim.duplicateOf(), claim.tracking(),
                highlight, score);
    }
}
