package com.claimwire.search.dashboard;

import com.claimwire.contracts.ClaimTracked;
import java.time.Instant;
import java.util.List;

/**
 * A newly tracked claim as the live feed sends it.
 *
 * @param id the feed event id, for {@code Last-Event-ID}
 * @param claimId the claim
 * @param status NEW, REPEATED, REVERSAL or DISPUTED
 * @param reports reports of the claim's proposition so far
 * @param opposingClaimIds earlier claims taking the opposite stance
 */
record FeedItem(
        String id,
        String claimId,
        String text,
        String type,
        String status,
        String speaker,
        String speakerKind,
        String articleTitle,
        String articleUrl,
        String source,
        Instant publishedAt,
        String clusterId,
        int reports,
        List<String> opposingClaimIds) {

    static FeedItem of(String id, ClaimTracked tracked) {
        var event = tracked.extracted();
        var claim = event.claim();
        var speaker = claim.speaker();
        return new FeedItem(id, claim.id(), claim.text(), claim.type().name(), tracked.status().name(),
                speaker == null ? null : speaker.name(),
                speaker == null || speaker.kind() == null ? null : speaker.kind().name(),
                event.articleTitle(), event.articleUrl(), event.source(), event.publishedAt(), tracked.clusterId(),
                tracked.reports(), tracked.opposingClaimIds());
    }
}
