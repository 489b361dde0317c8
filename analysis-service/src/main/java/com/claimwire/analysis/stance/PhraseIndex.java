package com.claimwire.analysis.stance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds lexicon phrases in normalized tokens by their first word, longest phrase first: a hash lookup per
 * token instead of a regular-expression alternation of hundreds of phrases tried at every character.
 */
final class PhraseIndex {

    /** A phrase found at tokens {@code [first, last]}. */
    record Hit(String phrase, int first, int last) {
    }

    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();

    PhraseIndex(Collection<String> phrases) {
        for (String phrase : phrases) {
            String[] words = phrase.split(" ");
            byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(words);
        }
        byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((String[] words) -> words.length).reversed()));
    }

    /** Non-overlapping hits, left to right, the longest at each position. */
    List<Hit> findAll(String[] tokens) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            String[] words = longestAt(tokens, i);
            if (words != null) {
                hits.add(new Hit(String.join(" ", words), i, i + words.length - 1));
                i += words.length - 1;
            }
        }
        return hits;
    }

    boolean foundIn(String[] tokens) {
        for (int i = 0; i < tokens.length; i++) {
            if (longestAt(tokens, i) != null) {
                return true;
            }
        }
        return false;
    }

    private String[] longestAt(String[] tokens, int at) {
        List<String[]> candidates = byFirstWord.get(tokens[at]);
        if (candidates == null) {
            return null;
        }
        for (String[] words : candidates) {
            if (at + words.length <= tokens.length && matches(tokens, at, words)) {
                return words;
            }
        }
        return null;
    }

    private static boolean matches(String[] tokens, int at, String[] words) {
        for (int k = 1; k < words.length; k++) {
            if (!tokens[at + k].equals(words[k])) {
                return false;
            }
        }
        return true;
    }
}
