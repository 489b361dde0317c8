package com.claimwire.search.tracking;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of a claim that carry its meaning, and the figures it states, for comparing claims without vectors. */
final class ContentWords {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,/-]\\d+)*");
    /** Words that turn a clause into its negation; {@code n't} after {@link #fold} turned ’ into '. */
    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:not|no|never|none|nor|neither|nothing|nobody|nowhere|cannot)\\b|n't\\b");
    private static final String REJECTING_VERBS = "den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)"
            + "|rebut(?:s|ted|ting)?|dismiss(?:es|ed|ing)?|disput(?:e|es|ed|ing)";
    /** Words that reject what they name: "that's untrue", "rejected the allegations". */
    private static final Pattern REJECTION = Pattern.compile(
            "\\b(?:" + REJECTING_VERBS + "|denials?|false|untrue|baseless|unfounded)\\b");
    /** Attribution cues whose object is what the speaker rejects: "denied [that the plant leaked]". */
    private static final Pattern REJECTING_CUE = Pattern.compile("\\b(?:" + REJECTING_VERBS + ")\\b");
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as",
            "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "he",
            "she", "they", "we", "you", "i", "his", "her", "their", "our", "your", "my", "me", "him", "them", "us",
            "not", "no", "will", "would", "can", "could", "should", "may", "might", "has", "have", "had", "do",
            "does", "did", "said", "says", "say", "told", "added", "according", "than", "then", "there", "here",
            "which", "who", "whom", "what", "when", "where", "why", "how", "all", "any", "some", "such", "into",
            "over", "under", "about", "after", "before", "between", "during", "up", "down", "out", "off", "again",
            "once", "also", "just", "so", "very", "more", "most", "other", "only", "own", "same", "too");

    private ContentWords() {
    }

    /** Lower-case content words, accents folded and a plural {@code s} dropped, in text order. */
    static Set<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        Matcher matcher = WORD.matcher(fold(text));
        while (matcher.find()) {
            String word = matcher.group();
            if (STOP_WORDS.contains(word)) {
                continue;
            }
            words.add(word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word);
        }
        return words;
    }

    /** The figures a text states, thousands separators removed: "75,000 tonnes" gives {@code 75000}. */
    static Set<String> numbers(String text) {
        Set<String> numbers = new LinkedHashSet<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            numbers.add(matcher.group().replaceAll(",(?=\\d{3}\\b)", ""));
        }
        return numbers;
    }

    /** Whether the text negates what it states: "I don't think that's the case", "none of them were marked". */
    static boolean negates(String text) {
        return NEGATION.matcher(fold(text)).find();
    }

    /** Whether the text negates or rejects what it states: "none of them were marked", "that is untrue". */
    static boolean negatesOrRejects(String text) {
        String folded = fold(text);
        return NEGATION.matcher(folded).find() || REJECTION.matcher(folded).find();
    }

    /** Whether an attribution cue rejects its object ("denied", "rejected"), rather than reporting it ("said"). */
    static boolean rejectingCue(String cue) {
        return cue != null && REJECTING_CUE.matcher(fold(cue)).find();
    }

    /** Jaccard similarity of the content words of two texts, 0 when both have none. */
    static double jaccard(String a, String b) {
        Set<String> left = of(a);
        Set<String> right = of(b);
        if (left.isEmpty() && right.isEmpty()) {
            return 0;
        }
        long shared = left.stream().filter(right::contains).count();
        return (double) shared / (left.size() + right.size() - shared);
    }

    /** Lower case without accents or typographic apostrophes, so "Amir-Abdollahian" and "amir abdollahian" compare. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('’', '\'').toLowerCase(Locale.ROOT);
    }
}
