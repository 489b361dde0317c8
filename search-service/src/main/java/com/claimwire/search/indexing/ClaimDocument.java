package com.claimwire.search.indexing;

import com.claimwire.contracts.Claim;
import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.contracts.TextSpan;
import com.claimwire.search.tracking.TrackingResult;
import java.time.Instant;
import java.util.List;

/**
 * A claim as stored in the claims index (see {@code elasticsearch/claims-mapping.json}). The embedding is indexed for
 * kNN but left out of {@code _source}, where its JSON would take about 4 KB per claim; nothing reads it back, since
 * a rebuild replays Kafka rather than the index.
 */
public record ClaimDocument(
        String id,
        String articleId,
        int articleVersion,
        String articleUrl,
        String articleTitle,
        String source,
        String language,
        Instant publishedAt,
        Instant receivedAt,
        Instant indexedAt,
        String text,
        int start,
        int end,
        boolean direct,
        String type,
        Cue cue,
        SpeakerDocument speaker,
        List<String> entities,
        List<String> topics,
        double confidence,
        float[] embedding,
        String duplicateOf,
        Tracking tracking) {

    /** Dimensions of {@link #embedding()}, as in the mapping. */
    public static final int EMBEDDING_DIMENSIONS = 384;

    /** The attribution cue. */
    public record Cue(String text) {
    }

    /** Who made the claim; {@code mention} is how the article refers to them. */
    public record SpeakerDocument(String name, String kind, String role, Cue mention) {
    }

    /** Where the claim stands among earlier claims (see {@link TrackingResult}). */
    public record Tracking(
            String status,
            String clusterId,
            Instant firstSeenAt,
            String firstSource,
            int reports,
            int outlets,
            List<String> opposingClaimIds) {

        static Tracking of(TrackingResult result) {
            return new Tracking(result.status().name(), result.clusterId(), result.firstSeenAt(),
                    result.firstSource(), result.reports(), result.outlets(), result.opposingClaimIds());
        }
    }

    /** The document for a claim event and its tracking result, indexed at {@code indexedAt}. */
    public static ClaimDocument of(ClaimExtracted event, TrackingResult tracking, Instant indexedAt) {
        Claim claim = event.claim();
        var speaker = claim.speaker();
        return new ClaimDocument(claim.id(), event.articleId(), event.articleVersion(), event.articleUrl(),
                event.articleTitle(), event.source(), event.language(), event.publishedAt(), event.receivedAt(),
                indexedAt, claim.text(), claim.start(), claim.end(), claim.direct(), claim.type().name(),
                cue(claim.cue()),
                new SpeakerDocument(speaker.name(), speaker.kind() == null ? null : speaker.kind().name(),
                        speaker.role(), cue(speaker.mention())),
                claim.entities(), claim.topics(), claim.confidence(),
                claim.embedding() == null || claim.embedding().length == 0 ? null : claim.embedding(), event.duplicateOf(),
                tracking == null ? null : Tracking.of(tracking));
    }

    private static Cue cue(TextSpan span) {
        return span == null ? null : new Cue(span.text());
    }
}
