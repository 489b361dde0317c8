package com.claimwire.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Finds quotations in every common style: straight and curly double quotes, guillemets, low-high German
 * marks, TeX/PTB {@code ``...''} and doubled apostrophes. A paragraph that ends inside a quote and a
 * next paragraph that opens with a quote mark continue one quotation (the newspaper convention), so
 * they share a chain. A closing mark without an opening one (a typo the annotated news is full of) is
 * recovered: the quote starts after the attribution that introduced it ("…, adding, Our position…”).
 * Single quotes inside double quotes are nested quotes and do not end the outer one.
 */
public final class QuoteFinder {

    private enum Mark { OPEN, CLOSE, EITHER, NONE }

    private QuoteFinder() {
    }

    /**
     * The quotes of {@code doc}, in text order.
     *
     * @param isCue tells whether a lower-cased word is an attribution cue, for recovering unopened quotes
     */
    public static List<QuoteSegment> find(TextDocument doc, Predicate<String> isCue) {
        List<QuoteSegment> quotes = new ArrayList<>();
        int chain = -1;
        boolean previousParagraphEndedInQuote = false;
        List<Paragraph> paragraphs = doc.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph paragraph = paragraphs.get(p);
            int openAt = -1;
            int contentStart = -1;
            int lastClose = paragraph.start();
            boolean continuation = previousParagraphEndedInQuote && startsWithOpener(doc, paragraph);
            boolean endedInQuote = false;
            int i = paragraph.start();
            while (i < paragraph.end()) {
                int length = markLength(doc, i, paragraph.end());
                if (length == 0) {
                    i++;
                    continue;
                }
                Mark mark = classify(doc.charAt(i));
                boolean inQuote = openAt >= 0;
                if (inQuote && doc.charAt(openAt) == '„' && doc.charAt(i) == '“') {
                    mark = Mark.CLOSE;
                }
                if (mark == Mark.OPEN && inQuote && doc.charAt(i) == '“') {
                    quotes.add(segment(doc, openAt, contentStart, i, -1, i, p, chain));
                    inQuote = false;
                }
                if (!inQuote && (mark == Mark.OPEN || mark == Mark.EITHER && !looksLikeCloser(doc, i, length, paragraph))) {
                    if (!(continuation && openAt < 0 && quotes.size() > 0 && quotes.get(quotes.size() - 1).paragraph() == p - 1
                            && isFirstMark(doc, paragraph, i))) {
                        chain++;
                    }
                    openAt = i;
                    contentStart = i + length;
                } else if (inQuote && (mark == Mark.CLOSE || mark == Mark.EITHER)) {
                    quotes.add(segment(doc, openAt, contentStart, i, i, i + length, p, chain));
                    openAt = -1;
                    lastClose = i + length;
                } else if (!inQuote && (mark == Mark.CLOSE || mark == Mark.EITHER)) {
                    int recovered = recoveredStart(doc, lastClose, i, isCue);
                    if (recovered >= 0) {
                        chain++;
                        quotes.add(segment(doc, -1, recovered, i, i, i + length, p, chain));
                    }
                    lastClose = i + length;
                }
                i += length;
            }
            if (openAt >= 0) {
                quotes.add(segment(doc, openAt, contentStart, paragraph.end(), -1, paragraph.end(), p, chain));
                endedInQuote = true;
            }
            previousParagraphEndedInQuote = endedInQuote;
        }
        quotes.removeIf(q -> q.end() <= q.start());
        return quotes;
    }

    private static boolean isFirstMark(TextDocument doc, Paragraph paragraph, int at) {
        for (int i = paragraph.start(); i < at; i++) {
            if (!Character.isWhitespace(doc.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithOpener(TextDocument doc, Paragraph paragraph) {
        int length = markLength(doc, paragraph.start(), paragraph.end());
        return length > 0 && classify(doc.charAt(paragraph.start())) != Mark.CLOSE;
    }

    private static QuoteSegment segment(TextDocument doc, int open, int start, int end, int close, int after, int paragraph,
            int chain) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(doc.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(doc.charAt(e - 1))) {
            e--;
        }
        return new QuoteSegment(open, s, e, close, after, paragraph, Math.max(chain, 0));
    }

    /** Length of the double-quote mark at {@code i}, 0 when there is none. */
    private static int markLength(TextDocument doc, int i, int end) {
        char c = doc.charAt(i);
        switch (c) {
            case '"', '“', '”', '„', '«', '»', '‟', '＂' -> {
                return 1;
            }
            case '\'' -> {
                return i + 1 < end && doc.charAt(i + 1) == '\'' ? 2 : 0;
            }
            case '`' -> {
                return i + 1 < end && doc.charAt(i + 1) == '`' ? 2 : 0;
            }
            default -> {
                return 0;
            }
        }
    }

    private static Mark classify(char c) {
        return switch (c) {
            case '“', '„', '«', '‟', '`' -> Mark.OPEN;
            case '”', '»' -> Mark.CLOSE;
            case '"', '\'', '＂' -> Mark.EITHER;
            default -> Mark.NONE;
        };
    }

    /** A straight mark glued to the word before it and not to the word after it closes a quote. */
    private static boolean looksLikeCloser(TextDocument doc, int i, int length, Paragraph paragraph) {
        boolean spaceBefore = i == paragraph.start() || Character.isWhitespace(doc.charAt(i - 1)) || doc.charAt(i - 1) == '(';
        int after = i + length;
        boolean spaceAfter = after >= paragraph.end() || !Character.isLetterOrDigit(doc.charAt(after));
        return !spaceBefore && spaceAfter;
    }

    /**
     * Where a quote that has only a closing mark starts: after the first attribution cue followed by a
     * comma or colon since the previous quote ("Amir-Abdollahian underlined, adding, Our position…").
     * -1 when there is no such cue: the mark is then a stray one.
     */
    private static int recoveredStart(TextDocument doc, int from, int mark, Predicate<String> isCue) {
        Tokens tokens = doc.tokens();
        int first = tokens.firstEndingAfter(from);
        int found = -1;
        for (int t = first; t + 1 < tokens.size() && tokens.end(t + 1) <= mark; t++) {
            if (tokens.isWord(t) && isCue.test(tokens.lower(t)) && (tokens.is(t + 1, ',') || tokens.is(t + 1, ':'))) {
                found = tokens.end(t + 1);
                int next = t + 2;
                while (next + 1 < tokens.size() && tokens.end(next + 1) <= mark && tokens.isWord(next)
                        && isCue.test(tokens.lower(next)) && (tokens.is(next + 1, ',') || tokens.is(next + 1, ':'))) {
                    found = tokens.end(next + 1);
                    next += 2;
                }
                break;
            }
        }
        return found;
    }
}
