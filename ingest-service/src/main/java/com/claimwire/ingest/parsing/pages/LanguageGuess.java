package com.claimwire.ingest.parsing.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap language guess for pages that do not declare one: the language whose most frequent function words
 * make up the largest share of the text's words. Good enough to route an article; not a language identifier.
 */
final class LanguageGuess {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int WORDS_SAMPLED = 2000;
    private static final double MIN_SHARE = 0.08;
    private static final double CONFIDENT_SHARE = 0.15;
    private static final int CONFIDENT_MIN_WORDS = 50;
    private static final Map<String, Set<String>> STOPWORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as",
                    "by", "at", "he", "said", "from", "his", "are", "have", "this", "be", "not"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "den", "von", "zu", "mit", "sich", "des",
                    "auf", "für", "im", "dem", "ein", "eine", "auch", "es", "wird", "sie", "er", "bei"),
            "fr", Set.of("le", "la", "les", "des", "et", "est", "une", "du", "que", "pour", "dans", "qui", "en",
                    "pas", "au", "sur", "il", "par", "ne", "sont", "avec", "aux", "ce", "plus"),
            "es", Set.of("el", "la", "los", "las", "de", "que", "y", "en", "del", "se", "por", "un", "una",
                    "con", "para", "es", "al", "lo", "como", "más", "pero", "sus", "fue", "ha"),
            "it", Set.of("il", "di", "che", "la", "e", "per", "un", "una", "non", "sono", "del", "della", "le",
                    "gli", "con", "si", "da", "nel", "alla", "anche", "ha", "dei", "più", "è"),
            "pt", Set.of("o", "a", "os", "as", "de", "que", "e", "do", "da", "em", "um", "uma", "para", "com",
                    "não", "no", "na", "por", "se", "dos", "das", "mais", "foi", "ao"),
            "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "op", "te", "in", "niet", "zijn", "met",
                    "voor", "die", "er", "ook", "aan", "om", "maar", "wordt", "bij", "naar", "dit"),
            "sv", Set.of("och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har",
                    "inte", "om", "ett", "var", "jag", "men", "från", "vi", "så", "kan", "de"),
            "ru", Set.of("и", "в", "не", "на", "что", "с", "по", "это", "как", "он", "из", "за", "к", "то",
                    "но", "о", "от", "его", "для", "а", "так", "же", "бы", "она"));

    private LanguageGuess() {
    }

    /** The guessed language; {@code confident} when its function words clearly dominate the text. */
    record Guess(String language, boolean confident) {
    }

    static Optional<Guess> of(String text) {
        Map<String, Integer> hits = new HashMap<>();
        int words = 0;
        Matcher matcher = WORD.matcher(text);
        while (matcher.find() && words < WORDS_SAMPLED) {
            words++;
            String word = matcher.group().toLowerCase(Locale.ROOT);
            STOPWORDS.forEach((language, stopwords) -> {
                if (stopwords.contains(word)) {
                    hits.merge(language, 1, Integer::sum);
                }
            });
        }
        int sampled = words;
        List<Map.Entry<String, Integer>> ranked = hits.entrySet().stream()
                .filter(entry -> entry.getValue() >= MIN_SHARE * sampled && entry.getValue() >= 3)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .toList();
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        int best = ranked.get(0).getValue();
        int runnerUp = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
        boolean confident = sampled >= CONFIDENT_MIN_WORDS && best >= CONFIDENT_SHARE * sampled
                && best >= 2 * runnerUp;
        return Optional.of(new Guess(ranked.get(0).getKey(), confident));
    }
}
