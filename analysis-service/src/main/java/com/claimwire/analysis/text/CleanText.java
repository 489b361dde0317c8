package com.claimwire.analysis.text;

/**
 * A same-length copy of an article body that the scanners can trust: control characters and HTML tag
 * remnants become spaces, carriage returns and Unicode line separators become newlines, no-break and
 * zero-width spaces become plain spaces. Because every character keeps its index, offsets found in the
 * clean copy are offsets into the original body.
 */
final class CleanText {

    /** A tag longer than this is not a tag but text that happens to contain '&lt;'. */
    private static final int MAX_TAG_LENGTH = 400;

    private CleanText() {
    }

    static char[] of(String body) {
        char[] chars = body.toCharArray();
        int n = chars.length;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                chars[i] = '\n';
            } else if (c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B'
                    || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u3000'
                    || (c >= '\u2000' && c <= '\u200A')) {
                chars[i] = ' ';
            } else if (c < ' ' && c != '\n' || c >= '\u007F' && c <= '\u009F') {
                chars[i] = ' ';
            } else if (Character.isSurrogate(c) && !validSurrogate(body, i)) {
                chars[i] = ' ';
            } else if (c == '<') {
                i = blankTag(chars, i);
            }
        }
        return chars;
    }

    private static boolean validSurrogate(String body, int i) {
        char c = body.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < body.length() && Character.isLowSurrogate(body.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(body.charAt(i - 1));
    }

    /** Blanks an HTML tag or comment starting at {@code open}; returns the index of the last character handled. */
    private static int blankTag(char[] chars, int open) {
        int n = chars.length;
        if (open + 1 >= n) {
            return open;
        }
        char next = chars[open + 1];
        if (!(Character.isLetter(next) || next == '/' || next == '!' || next == '?')) {
            return open;
        }
        int limit = Math.min(n, open + MAX_TAG_LENGTH);
        for (int j = open + 1; j < limit; j++) {
            char c = chars[j];
            if (c == '>') {
                for (int k = open; k <= j; k++) {
                    chars[k] = ' ';
                }
                return j;
            }
            if (c == '<' || c == '\n') {
                return open;
            }
        }
        return open;
    }
}
