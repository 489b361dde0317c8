package com.claimwire.search.tracking;

import com.claimwire.search.indexing.ClaimDocument;
import java.time.Instant;
import java.util.List;

/**
 * A claim with everything tracking knows about it.
 *
 * @param claim the claim
 * @param context the sentence the claim sits in, {@code null} when the article is not indexed
 * @param cluster every report of the same proposition, in time order
 * @param opposing claims taking the opposite stance on it, in time order
 */
record ClaimDetail(ClaimView claim, ClaimContext context, Cluster cluster, List<OpposingClaim> opposing) {

    /** A claim as the API shows it: the stored claim without its embedding. */
    record ClaimView(
            String id,
            String articleId,
            String articleUrl,
            String articleTitle,
            String source,
            Instant publishedAt,
            String text,
            String type,
            boolean direct,
            ClaimDocument.SpeakerDocument speaker,
            List<String> entities,
            List<String> topics,
            String duplicateOf,
            ClaimDocument.Tracking tracking) {

        static ClaimView of(ClaimDocument claim) {
            return new ClaimView(claim.id(), claim.articleId(), claim.articleUrl(), claim.articleTitle(),
                    claim.source(), claim.publishedAt(), claim.text(), claim.type(), claim.direct(), claim.speaker(),
                    claim.entities(), claim.topics(), claim.duplicateOf(), claim.tracking());
        }
    }

    /**
     * @param id the cluster id (its first claim)
     * @param reports how many claims state the proposition
     * @param outlets how many outlets reported it
     * @param claims the reports, earliest first (at most {@link ClaimTrackingQueries#MAX_LISTED})
     */
    record Cluster(String id, long reports, long outlets, List<ClaimView> claims) {
    }

    /**
     * @param relation {@code REVERSAL} when the same actor took the opposite stance, else {@code DISPUTE}
     */
    record OpposingClaim(ClaimView claim, Relation relation) {
    }

    enum Relation {
        REVERSAL,
        DISPUTE
    }
}
