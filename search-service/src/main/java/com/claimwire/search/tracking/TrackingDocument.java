package com.claimwire.search.tracking;

import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.SpeakerKind;
import com.claimwire.contracts.TrackingStatus;
import java.time.Instant;
import java.util.List;

/**
 * A tracked claim as stored in the tracking index ({@code elasticsearch/tracking-mapping.json}): what later claims
 * are compared with, and the result a re-delivery gets back.
 */
record TrackingDocument(
        String claimId,
        String articleId,
        String text,
        ClaimType type,
        String cue,
        Stance stance,
        Speaker speaker,
        List<String> entities,
        float[] embedding,
        Instant publishedAt,
        String source,
        String duplicateOf,
        TrackingStatus status,
        String clusterId,
        Instant firstSeenAt,
        String firstSource,
        int reports,
        int outlets,
        List<String> opposingClaimIds,
        Instant trackedAt) {

    record Speaker(String name, SpeakerKind kind, String role) {
    }

    static TrackingDocument of(TrackedClaim claim, TrackingResult result, Instant trackedAt) {
        return new TrackingDocument(claim.claimId(), claim.articleId(), claim.text(), claim.type(), claim.cue(),
                claim.stance(),
                new Speaker(claim.speakerName(), claim.speakerKind(), claim.speakerRole()), claim.entities(),
                claim.embedding(), claim.publishedAt(), claim.source(), claim.duplicateOf(), result.status(),
                result.clusterId(), result.firstSeenAt(), result.firstSource(), result.reports(), result.outlets(),
                result.opposingClaimIds(), trackedAt);
    }

    TrackingResult result() {
        return new TrackingResult(claimId, status, clusterId, firstSeenAt, firstSource, reports, outlets,
                opposingClaimIds);
    }

    /** The claim as a candidate for later claims; the embedding is absent when the store left it out. */
    TrackedClaim claim() {
        return new TrackedClaim(claimId, articleId, text, type, cue,
                speaker == null ? null : speaker.name(),
                speaker == null ? null : speaker.kind(),
                speaker == null ? null : speaker.role(),
                entities, embedding, publishedAt, source, duplicateOf);
    }
}
