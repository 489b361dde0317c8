package com.claimwire.analysis.eval;

import com.claimwire.contracts.Claim;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A faithful port of {@code ../shared/tools/claimeval.py}'s scoring: greedy one-to-one matching of gold
 * claims (in gold order) to predicted claims (in output order), by gold coverage above a threshold or by
 * Jaccard at least a threshold, with speaker-mention, speaker-name, type and cue accuracy over the matches.
 */
final class ClaimScorer {

    /** One gold claim of the unified gold format. */
    record GoldClaim(BitSet span, BitSet speakerSpan, List<String> speakerNames, String cue, List<String> types) {
    }

    /** One gold article. */
    record GoldArticle(String id, String title, String text, List<GoldClaim> claims) {
    }

    /** The figures of one matching rule, as claimeval.py prints them (percentages, one decimal). */
    record Score(String match, int gold, int pred, double precision, double recall, double f1, Double speakerSpanAccuracy,
            Double speakerNameAccuracy, Double typeAccuracy, Double cueAccuracy) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-13s gold=%d pred=%d P=%.1f R=%.1f F1=%.1f speakerSpan=%s speakerName=%s type=%s cue=%s",
                    match, gold, pred, precision, recall, f1, speakerSpanAccuracy, speakerNameAccuracy, typeAccuracy, cueAccuracy);
        }
    }

    private record Predicted(BitSet span, String name, BitSet mention, String type, String cue) {
    }

    private ClaimScorer() {
    }

    static Score coverage(List<GoldArticle> gold, Map<String, List<Claim>> predictions, double threshold) {
        return score(gold, predictions, threshold, false);
    }

    static Score jaccard(List<GoldArticle> gold, Map<String, List<Claim>> predictions, double threshold) {
        return score(gold, predictions, threshold, true);
    }

    private static Score score(List<GoldArticle> gold, Map<String, List<Claim>> predictions, double threshold, boolean jaccard) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int spanHits = 0;
        int spanCount = 0;
        int nameHits = 0;
        int nameCount = 0;
        int typeHits = 0;
        int typeCount = 0;
        int cueHits = 0;
        int cueCount = 0;
        for (GoldArticle article : gold) {
            List<Predicted> remaining = predicted(predictions.getOrDefault(article.id(), List.of()));
            for (GoldClaim claim : article.claims()) {
                if (claim.span().isEmpty()) {
                    continue;
                }
                Predicted best = null;
                double bestScore = 0.0;
                for (Predicted candidate : remaining) {
                    BitSet intersection = (BitSet) claim.span().clone();
                    intersection.and(candidate.span());
                    double s;
                    if (jaccard) {
                        BitSet union = (BitSet) claim.span().clone();
                        union.or(candidate.span());
                        s = (double) intersection.cardinality() / union.cardinality();
                    } else {
                        s = (double) intersection.cardinality() / claim.span().cardinality();
                    }
                    if (s > bestScore && (jaccard ? s >= threshold : s > threshold)) {
                        best = candidate;
                        bestScore = s;
                    }
                }
                if (best == null) {
                    fn++;
                    continue;
                }
                tp++;
                remaining.remove(best);
                if (!claim.speakerSpan().isEmpty()) {
                    spanCount++;
                    if (claim.speakerSpan().intersects(best.mention())) {
                        spanHits++;
                    }
                }
                if (!claim.speakerNames().isEmpty()) {
                    nameCount++;
                    if (samePerson(best.name(), claim.speakerNames())) {
                        nameHits++;
                    }
                }
                if (!claim.types().isEmpty()) {
                    typeCount++;
                    if (claim.types().contains(best.type())) {
                        typeHits++;
                    }
                }
                if (claim.cue() != null && !claim.cue().isEmpty()) {
                    cueCount++;
                    if (best.cue().equals(pythonStrip(claim.cue().toLowerCase(Locale.ROOT)))) {
                        cueHits++;
                    }
                }
            }
            fp += remaining.size();
        }
        double p = tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
        double f = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        String match = (jaccard ? "jaccard>=" : "coverage>") + threshold;
        return new Score(match, tp + fn, tp + fp, percent(p), percent(r), percent(f), fraction(spanHits, spanCount),
                fraction(nameHits, nameCount), fraction(typeHits, typeCount), fraction(cueHits, cueCount));
    }

    private static List<Predicted> predicted(List<Claim> claims) {
        List<Predicted> out = new ArrayList<>(claims.size());
        for (Claim claim : claims) {
            BitSet span = new BitSet();
            span.set(claim.start(), claim.end());
            BitSet mention = new BitSet();
            String name = "";
            if (claim.speaker() != null) {
                name = claim.speaker().name() == null ? "" : claim.speaker().name();
                if (claim.speaker().mention() != null) {
                    mention.set(claim.speaker().mention().start(), claim.speaker().mention().end());
                }
            }
            String type = claim.type() == null ? "" : claim.type().name();
            String cue = claim.cue() == null ? "" : pythonStrip(claim.cue().text().toLowerCase(Locale.ROOT));
            out.add(new Predicted(span, name, mention, type, cue));
        }
        return out;
    }

    private static double percent(double value) {
        return roundLikePython(100 * value);
    }

    private static Double fraction(int hits, int count) {
        return count == 0 ? null : roundLikePython(100.0 * hits / count);
    }

    /** Python's round(x, 1): half-even on the exact binary value. */
    private static double roundLikePython(double value) {
        return new BigDecimal(value).setScale(1, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Python's str.strip(): also removes no-break and other Unicode spaces. */
    private static String pythonStrip(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isPythonSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isPythonSpace(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isPythonSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u001c' || c == '\u001d' || c == '\u001e'
                || c == '\u001f' || c == '\u0085';
    }

    static String normalise(String name) {
        String lower = (name == null ? "" : name).toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace(".", "");
        String stripped = pythonStrip(lower);
        return stripped.isEmpty() ? "" : String.join(" ", stripped.split("(?U)\\s+"));
    }

    /** claimeval.py's same_person: equal names, a shared surname, or one name inside the other. */
    static boolean samePerson(String predicted, List<String> accepted) {
        String p = normalise(predicted);
        if (p.isEmpty()) {
            return false;
        }
        String[] pw = p.split(" ");
        for (String candidate : accepted) {
            String a = normalise(candidate);
            if (a.isEmpty()) {
                continue;
            }
            if (p.equals(a)) {
                return true;
            }
            String[] aw = a.split(" ");
            boolean sameLast = pw[pw.length - 1].equals(aw[aw.length - 1]);
            if (sameLast && (pw.length == 1 || aw.length == 1 || pw[pw.length - 2].equals(aw[aw.length - 2]))) {
                return true;
            }
            if ((" " + p + " ").contains(" " + a + " ") || (" " + a + " ").contains(" " + p + " ")) {
                if (sameLast) {
                    return true;
                }
            }
        }
        return false;
    }
}
