package com.claimwire.search.tracking;

/**
 * The sentence a claim sits in, with the claim's place in it, so that a page can show the claim highlighted in its
 * sentence without trusting any markup.
 *
 * @param text the sentence (or the part of it within {@link #MAX_SIDE} characters of the claim)
 * @param claimStart where the claim starts in {@code text}
 * @param claimEnd where the claim ends in {@code text}, exclusive
 */
public record ClaimContext(String text, int claimStart, int claimEnd) {

    /** Characters kept on each side of the claim at most. */
    static final int MAX_SIDE = 300;

    /** The sentence around {@code [start, end)} of {@code body}, or {@code null} when the offsets do not fit it. */
    public static ClaimContext around(String body, int start, int end) {
        if (body == null || start < 0 || end > body.length() || start >= end) {
            return null;
        }
        int from = start;
        while (from > 0 && start - from < MAX_SIDE && !sentenceBreakBefore(body, from)) {
            from--;
        }
        int to = end;
        while (to < body.length() && to - end < MAX_SIDE && !sentenceBreakAfter(body, to)) {
            to++;
        }
        String sentence = body.substring(from, to);
        int leading = sentence.length() - sentence.stripLeading().length();
        String text = sentence.strip();
        return new ClaimContext(text, start - from - leading, end - from - leading);
    }

    private static boolean sentenceBreakBefore(String body, int index) {
        char previous = body.charAt(index - 1);
        if (previous == '\n') {
            return true;
        }
        return Character.isWhitespace(previous) && index >= 2 && endsSentence(body, index - 2);
    }

    private static boolean sentenceBreakAfter(String body, int index) {
        char current = body.charAt(index);
        if (current == '\n') {
            return true;
        }
        return Character.isWhitespace(current) && endsSentence(body, index - 1);
    }

    /** A full stop, question or exclamation mark, or a closing quote right after one. */
    private static boolean endsSentence(String body, int index) {
        char c = body.charAt(index);
        if (c == '"' || c == '”' || c == '’' || c == '\'') {
            return index > 0 && isStop(body.charAt(index - 1));
        }
        return isStop(c);
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }
}
