package com.claimwire.analysis.stance;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Normalized text with its tokens and the set of its words, so a rule can skip a regular expression
 * whose trigger words are all absent.
 */
record Words(String text, String[] tokens, Set<String> present) {

    static Words of(String normalized) {
        String[] tokens = normalized.isEmpty() ? new String[0] : normalized.split(" ");
        return new Words(normalized, tokens, new HashSet<>(Arrays.asList(tokens)));
    }

    boolean containsAny(Set<String> words) {
        for (String word : words) {
            if (present.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
