package com.claimwire.contracts;

import java.time.Instant;
import java.util.List;

/**
 * A claim after tracking: the extracted claim with where it stands among earlier claims. Published by the search
 * service once the claim and its tracking are stored, so that alerting matches each claim with its status.
 * Keyed by article id, like the claim. Re-deliveries republish the same event unchanged.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param extracted the claim as extracted (without its embedding, which consumers of this topic do not need)
 * @param status NEW, REPEATED, REVERSAL or DISPUTED
 * @param clusterId the cluster of claims stating the same proposition (the id of its first claim)
 * @param firstSeenAt when the cluster's first claim was published, may be {@code null}
 * @param firstSource the outlet of the cluster's first claim, may be {@code null}
 * @param reports how many claims the cluster held once this one was added
 * @param outlets how many distinct outlets reported the cluster once this one was added
 * @param opposingClaimIds earlier claims that take the opposite stance on the same proposition
 */
public record ClaimTracked(
        int schemaVersion,
        ClaimExtracted extracted,
        TrackingStatus status,
        String clusterId,
        Instant firstSeenAt,
        String firstSource,
        int reports,
        int outlets,
        List<String> opposingClaimIds) implements Event {

    public static final int SCHEMA_VERSION = 1;

    public ClaimTracked {
        opposingClaimIds = opposingClaimIds == null ? List.of() : List.copyOf(opposingClaimIds);
    }

    /** When the claim was published: the article's time, else when ingest received it. */
    public Instant claimedAt() {
        return extracted.publishedAt() != null ? extracted.publishedAt() : extracted.receivedAt();
    }

    @Override
    public String key() {
        return extracted == null ? null : extracted.articleId();
    }

    @Override
    public List<String> violations() {
        return new Violations().nested("extracted", extracted).present("status", status).text("clusterId", clusterId)
                .positive("reports", reports).list();
    }
}
