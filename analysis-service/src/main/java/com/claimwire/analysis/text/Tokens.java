package com.claimwire.analysis.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * The tokens of a text, stored column-wise for speed: a word (letters and digits, with inner hyphens,
 * apostrophes and the dots of abbreviations such as "U.S.") or a single punctuation character.
 * Lower-cased word forms use a plain apostrophe, so "don’t" and "don't" read the same.
 */
public final class Tokens {

    private int size;
    private int[] starts;
    private int[] ends;
    private String[] lower;
    private boolean[] word;
    private boolean[] capitalized;

    private Tokens(int capacity) {
        starts = new int[capacity];
        ends = new int[capacity];
        lower = new String[capacity];
        word = new boolean[capacity];
        capitalized = new boolean[capacity];
    }

    static Tokens of(char[] text) {
        Tokens tokens = new Tokens(Math.max(16, text.length / 5));
        int n = text.length;
        int i = 0;
        while (i < n) {
            char c = text[i];
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int end = wordEnd(text, i);
                tokens.add(text, i, end, true);
                i = end;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
                tokens.add(text, i, end, false);
                i = end;
            }
        }
        return tokens;
    }

    private static int wordEnd(char[] text, int start) {
        int n = text.length;
        int i = start;
        while (i < n) {
            char c = text[i];
            if (Character.isLetterOrDigit(c)) {
                i++;
            } else if ((c == '-' || c == '\'' || c == '’' || c == '&') && i + 1 < n && Character.isLetterOrDigit(text[i + 1])
                    && i > start) {
                i++;
            } else if (c == '.' && i + 1 < n && Character.isLetter(text[i + 1]) && isSingleLetterSegment(text, start, i)
                    && (i + 2 >= n || text[i + 2] == '.')) {
                i++;
            } else if (c == '.' && isAbbreviationTail(text, start, i)) {
                return i + 1;
            } else {
                break;
            }
        }
        return i;
    }

    /** "U.S" so far, as opposed to "word.Word". */
    private static boolean isSingleLetterSegment(char[] text, int start, int dot) {
        return dot - start == 1 || dot >= 2 && text[dot - 2] == '.';
    }

    /** The final dot of "U.S." or "a.m." belongs to the token. */
    private static boolean isAbbreviationTail(char[] text, int start, int dot) {
        return dot - start >= 3 && text[dot - 2] == '.' && Character.isLetter(text[dot - 1]);
    }

    private void add(char[] text, int start, int end, boolean isWord) {
        if (size == starts.length) {
            int capacity = size * 2;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            lower = Arrays.copyOf(lower, capacity);
            word = Arrays.copyOf(word, capacity);
            capitalized = Arrays.copyOf(capitalized, capacity);
        }
        starts[size] = start;
        ends[size] = end;
        word[size] = isWord;
        capitalized[size] = isWord && Character.isUpperCase(text[start]);
        String form = new String(text, start, end - start);
        if (isWord) {
            form = form.replace('’', '\'').toLowerCase(Locale.ROOT);
        }
        lower[size] = form;
        size++;
    }

    public int size() {
        return size;
    }

    public int start(int token) {
        return starts[token];
    }

    public int end(int token) {
        return ends[token];
    }

    /** The lower-cased form of a word, or the punctuation character itself. */
    public String lower(int token) {
        return lower[token];
    }

    public boolean isWord(int token) {
        return word[token];
    }

    public boolean isCapitalized(int token) {
        return capitalized[token];
    }

    /** {@code true} when the token is the punctuation character {@code c}. */
    public boolean is(int token, char c) {
        return !word[token] && lower[token].length() == 1 && lower[token].charAt(0) == c;
    }

    /** {@code true} when the token is the word {@code form} (lower case). */
    public boolean isWord(int token, String form) {
        return word[token] && lower[token].equals(form);
    }

    /** The first token that ends after {@code offset}, or {@link #size()}. */
    public int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
