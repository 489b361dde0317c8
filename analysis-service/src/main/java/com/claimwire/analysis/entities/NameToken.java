package com.claimwire.analysis.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word of the text with its offsets, as the entity rules see it: letters and digits, with inner hyphens and
 * apostrophes ("Amir-Abdollahian", "N'Djamena") and dotted initials ("U.S.", "J.") kept whole, and a trailing
 * possessive "'s" left out.
 *
 * @param text the word as written
 * @param start offset of its first character
 * @param end offset after its last character
 * @param key the word folded for lookup: lower case, accents removed, curly apostrophes straightened
 * @param sentenceStart whether the word opens a sentence, paragraph or quote
 * @param joined whether only blanks and at most one line break separate it from the previous word, so both can
 *     be one name
 */
record NameToken(String text, int start, int end, String key, boolean sentenceStart, boolean joined) {

    boolean capitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /** ALLCAPS words of two or more letters: acronyms, or a shouting headline. */
    boolean allCaps() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters > 1;
    }

    static List<NameToken> tokenize(String text) {
        List<NameToken> tokens = new ArrayList<>();
        int i = 0;
        int previousEnd = 0;
        boolean afterPossessive = false;
        int length = text.length();
        while (i < length) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    i++;
                } else if ((c == '-' || c == '\'' || c == '\u2019') && i + 1 < length && Character.isLetter(text.charAt(i + 1))
                        && !possessive(text, i)) {
                    i++;
                } else if (c == '.' && dottedInitials(text, start, i)) {
                    i++;
                } else {
                    break;
                }
            }
            String gap = text.substring(previousEnd, start);
            boolean sentenceStart = tokens.isEmpty() || opensSentence(gap);
            // A single line break can wrap a name ("Secretary Richard\nLyng"); a blank line or a possessive ends it.
            boolean joined = !tokens.isEmpty() && !afterPossessive && gap.chars().allMatch(Character::isWhitespace)
                    && !gap.contains("\n\n");
            String word = text.substring(start, i);
            tokens.add(new NameToken(word, start, i, fold(word), sentenceStart, joined));
            previousEnd = i;
            afterPossessive = possessive(text, i);
            if (afterPossessive) {
                i += 2;
                previousEnd = i;
            }
        }
        return tokens;
    }

    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) > 127) {
                return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            }
        }
        return lower;
    }

    private static boolean possessive(String text, int at) {
        return at + 1 < text.length() && (text.charAt(at) == '\'' || text.charAt(at) == '\u2019')
                && (text.charAt(at + 1) == 's' || text.charAt(at + 1) == 'S')
                && (at + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(at + 2)));
    }

    /** "U.S", "J" so far: single capital letters separated by dots, so the dot belongs to the word. */
    private static boolean dottedInitials(String text, int start, int at) {
        for (int i = start; i < at; i++) {
            boolean letterSlot = (i - start) % 2 == 0;
            char c = text.charAt(i);
            if (letterSlot ? !Character.isUpperCase(c) : c != '.') {
                return false;
            }
        }
        return (at - start) % 2 == 1;
    }

    private static boolean opensSentence(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\u201c' || c == '\u2018') {
                return true;
            }
        }
        return gap.contains("\n\n");
    }
}
