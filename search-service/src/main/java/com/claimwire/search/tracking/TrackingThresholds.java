package com.claimwire.search.tracking;

/**
 * How close two claims must be to count as the same proposition, calibrated on real claim pairs
 * (docs/decisions/claim-tracking-thresholds.md).
 *
 * @param sameCosine embedding cosine from which two claims with the same stance state the same proposition
 * @param opposingCosine embedding cosine from which two claims with opposite stances may be about the same
 *     proposition; lower than {@code sameCosine} because a denial words the proposition differently. Below
 *     {@code opposingCosineAlone} they must also share a content word that is not an entity name
 * @param opposingCosineAlone embedding cosine from which opposite-stance claims are related on the embedding alone
 * @param sameJaccard content-word Jaccard that stands in for {@code sameCosine} when a claim has no embedding
 * @param opposingJaccard content-word Jaccard that stands in for {@code opposingCosine} without embeddings
 */
public record TrackingThresholds(
        double sameCosine, double opposingCosine, double opposingCosineAlone, double sameJaccard, double opposingJaccard) {

    /** The calibrated values. */
    public static final TrackingThresholds CALIBRATED = new TrackingThresholds(0.80, 0.55, 0.65, 0.50, 0.30);

    public TrackingThresholds {
        requireFraction("sameCosine", sameCosine);
        requireFraction("opposingCosine", opposingCosine);
        requireFraction("opposingCosineAlone", opposingCosineAlone);
        if (opposingCosineAlone < opposingCosine) {
            throw new IllegalArgumentException("opposingCosineAlone must not be below opposingCosine");
        }
        requireFraction("sameJaccard", sameJaccard);
        requireFraction("opposingJaccard", opposingJaccard);
    }

    private static void requireFraction(String name, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1], was " + value);
        }
    }
}
