package com.claimwire.search.tracking;

import com.claimwire.contracts.ClaimType;
import com.claimwire.embeddings.ClaimEmbedder;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether two claims state the same proposition (same stance), contradict each other (opposite stances on
 * the same proposition), or are unrelated. Closeness is the embedding cosine when both claims have an embedding,
 * else the Jaccard similarity of their content words; either way the claims must be about compatible entities,
 * and two claims stating the same thing must not state different figures.
 *
 * <p>A denial contradicts an allegation or an admission, the types that take a side on a contested proposition, unless
 * that allegation or admission itself negates ("I don't think that's the case" leans the denial's way).
 *
 * <p>An assertion and a denial are weighed by polarity instead, because a sentence embedding does not encode which way
 * a sentence leans: a plain assertion close to a denial is as often its restatement ("none of her emails were marked
 * classified" next to "she did not send any classified information") as its opposite. So they must first be the same
 * proposition (the same-proposition threshold, not the lower opposing one), and then they contradict when one holds
 * the proposition true and the other false, and otherwise state the same thing ({@link #holdsNegation}).
 */
final class PropositionMatcher {

    /** The types that take a side on a contested proposition, the side a denial rejects. */
    private static final Set<ClaimType> CHARGES = Set.of(ClaimType.ALLEGATION, ClaimType.ADMISSION);
    /** Types of the other stance that state the same proposition as an assertion or a denial, by polarity. */
    private static final Map<ClaimType, Set<ClaimType>> BY_POLARITY = Map.of(
            ClaimType.ASSERTION, Set.of(ClaimType.DENIAL), ClaimType.DENIAL, Set.of(ClaimType.ASSERTION));

    enum Relation {
        SAME,
        OPPOSING,
        UNRELATED
    }

    /**
     * @param relation how the claims relate
     * @param closeness the cosine or Jaccard it rests on, to rank matches
     */
    record Match(Relation relation, double closeness) {
        static final Match UNRELATED = new Match(Relation.UNRELATED, 0);
    }

    private final TrackingThresholds thresholds;

    PropositionMatcher(TrackingThresholds thresholds) {
        this.thresholds = thresholds;
    }

    /**
     * How {@code incoming} relates to {@code earlier}.
     *
     * @param knownCosine their embedding cosine when already measured, else {@code null}
     */
    Match compare(TrackedClaim incoming, TrackedClaim earlier, Double knownCosine) {
        boolean sameStance = incoming.stance() == earlier.stance();
        boolean byPolarity = polarityTypes(incoming.type()).contains(earlier.type());
        if (!sameStance && !byPolarity && !contradicts(incoming, earlier)) {
            return Match.UNRELATED;
        }
        if (!compatibleEntities(incoming, earlier)) {
            return Match.UNRELATED;
        }
        boolean measured = knownCosine != null && incoming.hasEmbedding();
        boolean vectors = measured || incoming.hasEmbedding() && earlier.hasEmbedding()
                && incoming.embedding().length == earlier.embedding().length;
        double closeness = measured ? knownCosine
                : vectors ? ClaimEmbedder.cosine(incoming.embedding(), earlier.embedding())
                : ContentWords.jaccard(incoming.text(), earlier.text());
        if (sameStance || byPolarity) {
            double threshold = vectors ? thresholds.sameCosine() : thresholds.sameJaccard();
            if (closeness < threshold || !sameFigures(incoming, earlier)) {
                return Match.UNRELATED;
            }
            boolean agree = !byPolarity || holdsNegation(incoming) == holdsNegation(earlier);
            return new Match(agree ? Relation.SAME : Relation.OPPOSING, closeness);
        }
        if (!vectors) {
            return closeness >= thresholds.opposingJaccard() ? new Match(Relation.OPPOSING, closeness) : Match.UNRELATED;
        }
        boolean related = closeness >= thresholds.opposingCosineAlone()
                || closeness >= thresholds.opposingCosine() && shareSubjectWord(incoming, earlier);
        return related ? new Match(Relation.OPPOSING, closeness) : Match.UNRELATED;
    }

    /** The types a claim of {@code type} can contradict: none for an assertion or a commitment. */
    static Set<ClaimType> contradictingTypes(ClaimType type) {
        if (type == ClaimType.DENIAL) {
            return CHARGES;
        }
        return CHARGES.contains(type) ? Set.of(ClaimType.DENIAL) : Set.of();
    }

    /**
     * The types of the other stance a claim of {@code type} may state the same proposition as, or its opposite,
     * depending on polarity: a denial for an assertion, an assertion for a denial.
     */
    static Set<ClaimType> polarityTypes(ClaimType type) {
        return BY_POLARITY.getOrDefault(type, Set.of());
    }

    /**
     * Whether the claim holds its text false. A denial whose cue rejects its object ("denied [the plant is safe]")
     * holds the text false unless the text is itself negated; any other claim holds false what its text negates or
     * rejects ("none of her emails were marked classified", "she said the report was untrue").
     */
    static boolean holdsNegation(TrackedClaim claim) {
        boolean negated = ContentWords.negatesOrRejects(claim.text());
        return claim.type() == ClaimType.DENIAL && ContentWords.rejectingCue(claim.cue()) ? !negated : negated;
    }

    /** A denial against an allegation or admission that does not itself negate. */
    private static boolean contradicts(TrackedClaim a, TrackedClaim b) {
        if (!contradictingTypes(a.type()).contains(b.type())) {
            return false;
        }
        TrackedClaim charge = a.type() == ClaimType.DENIAL ? b : a;
        return !ContentWords.negates(charge.text());
    }

    /**
     * Whether the claims share a content word besides the names of their entities: "sending drones" and
     * "provided drones" share "drone"; "told Ukraine" and "allegations about Ukraine" share only a name.
     */
    private static boolean shareSubjectWord(TrackedClaim a, TrackedClaim b) {
        Set<String> names = new HashSet<>();
        a.entities().forEach(entity -> names.addAll(ContentWords.of(entity)));
        b.entities().forEach(entity -> names.addAll(ContentWords.of(entity)));
        Set<String> left = new HashSet<>(ContentWords.of(a.text()));
        left.removeAll(names);
        return ContentWords.of(b.text()).stream().anyMatch(left::contains);
    }

    /** Claims about named things must share one; a claim without entities is not ruled out by them. */
    private static boolean compatibleEntities(TrackedClaim a, TrackedClaim b) {
        if (a.entities().isEmpty() || b.entities().isEmpty()) {
            return true;
        }
        Set<String> left = folded(a.entities());
        return !Collections.disjoint(left, folded(b.entities()));
    }

    /** "forecast a shortage of 450 mln stg" is not "a shortage of 300 mln stg", however alike the sentences. */
    private static boolean sameFigures(TrackedClaim a, TrackedClaim b) {
        Set<String> left = ContentWords.numbers(a.text());
        Set<String> right = ContentWords.numbers(b.text());
        return left.isEmpty() || right.isEmpty() || !Collections.disjoint(left, right);
    }

    private static Set<String> folded(List<String> names) {
        return names.stream().map(ContentWords::fold).collect(Collectors.toSet());
    }
}
