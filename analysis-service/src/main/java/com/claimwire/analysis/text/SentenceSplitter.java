package com.claimwire.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits paragraphs into sentences at '.', '!' and '?' (with any closing quote marks or brackets that
 * follow) when the next word starts a sentence, skipping abbreviations ("Mr.", "Sen.", "Jan.") and
 * initials ("James C. Cacheris"). A run-on text without punctuation is cut at whitespace every
 * {@value #MAX_SENTENCE} characters, so no sentence is unbounded.
 */
final class SentenceSplitter {

    static final int MAX_SENTENCE = 1500;

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "sen", "sens", "rep", "reps", "gov", "gen", "lt", "col", "capt", "cpt", "sgt",
            "maj", "adm", "cmdr", "st", "jr", "sr", "prof", "rev", "hon", "no", "nos", "vs", "v", "etc", "inc",
            "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "mt", "ft", "pres", "supt", "atty", "dept", "univ", "est", "approx", "fig", "al", "ave",
            "blvd", "gens", "messrs", "mme", "mlle", "op", "ed", "vol", "pp", "ch", "art", "sec");

    /** Words that start a sentence after an ambiguous abbreviation such as "U.S." or an initial. */
    private static final Set<String> SENTENCE_STARTERS = Set.of(
            "the", "he", "she", "it", "they", "we", "i", "but", "and", "in", "a", "an", "this", "that", "these",
            "those", "his", "her", "their", "our", "its", "there", "on", "at", "for", "if", "when", "while",
            "as", "after", "before", "since", "however", "meanwhile", "still", "yet", "so", "some", "many",
            "most", "officials", "mr", "mrs", "ms");

    private SentenceSplitter() {
    }

    static List<Sentence> split(char[] text, List<Paragraph> paragraphs, Tokens tokens) {
        List<int[]> ranges = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph paragraph = paragraphs.get(p);
            splitParagraph(text, paragraph.start(), paragraph.end(), p, ranges);
        }
        List<Sentence> sentences = new ArrayList<>(ranges.size());
        for (int[] range : ranges) {
            int first = tokens.firstEndingAfter(range[0]);
            int end = tokens.firstEndingAfter(range[1] - 1);
            if (end < tokens.size() && tokens.start(end) < range[1]) {
                end++;
            }
            sentences.add(new Sentence(range[0], range[1], range[2], first, Math.max(first, end)));
        }
        return sentences;
    }

    private static void splitParagraph(char[] text, int start, int end, int paragraph, List<int[]> out) {
        int sentenceStart = start;
        int i = start;
        while (i < end) {
            char c = text[i];
            if (c == '\n' && endsHeadline(text, sentenceStart, i, end)) {
                emit(text, sentenceStart, i, paragraph, out);
                while (i < end && Character.isWhitespace(text[i])) {
                    i++;
                }
                sentenceStart = i;
            } else if ((c == '.' || c == '!' || c == '?' || c == '…') && endsSentence(text, i, end)) {
                int j = i + 1;
                while (j < end && isCloser(text[j])) {
                    j++;
                }
                emit(text, sentenceStart, j, paragraph, out);
                i = j;
                while (i < end && Character.isWhitespace(text[i])) {
                    i++;
                }
                sentenceStart = i;
            } else if (i - sentenceStart >= MAX_SENTENCE) {
                int cut = i;
                while (cut > sentenceStart + MAX_SENTENCE / 2 && !Character.isWhitespace(text[cut])) {
                    cut--;
                }
                emit(text, sentenceStart, cut, paragraph, out);
                i = cut;
                while (i < end && Character.isWhitespace(text[i])) {
                    i++;
                }
                sentenceStart = i;
            } else {
                i++;
            }
        }
        emit(text, sentenceStart, end, paragraph, out);
    }

    private static void emit(char[] text, int start, int end, int paragraph, List<int[]> out) {
        while (end > start && Character.isWhitespace(text[end - 1])) {
            end--;
        }
        if (end > start) {
            out.add(new int[] {start, end, paragraph});
        }
    }

    /**
     * A line break after a title-case line without closing punctuation ends a headline or subhead that runs into
     * the text ("Trump Would Get Border Wall Contract\nDonald Trump often …"); wrapped wire copy, whose lines are
     * mostly lower case, stays one sentence.
     */
    private static boolean endsHeadline(char[] text, int lineStart, int newline, int end) {
        int next = newline + 1;
        while (next < end && Character.isWhitespace(text[next])) {
            next++;
        }
        if (next >= end || !Character.isUpperCase(text[next])) {
            return false;
        }
        int from = newline;
        while (from > lineStart && text[from - 1] != '\n') {
            from--;
        }
        int last = newline - 1;
        while (last >= from && Character.isWhitespace(text[last])) {
            last--;
        }
        if (last < from || ".!?,;:".indexOf(text[last]) >= 0) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (int k = from; k <= last; k++) {
            if (Character.isLetter(text[k]) && (k == from || Character.isWhitespace(text[k - 1]))) {
                words++;
                if (Character.isUpperCase(text[k])) {
                    capitalised++;
                }
            }
        }
        return words >= 3 && capitalised * 4 >= words * 3;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»' || c == '.'
                || c == '!' || c == '?' || c == '…';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(' || c == '[' || c == '«' || c == '„'
                || c == '`';
    }

    private static boolean endsSentence(char[] text, int mark, int end) {
        int j = mark + 1;
        while (j < end && isCloser(text[j])) {
            j++;
        }
        if (j >= end) {
            return true;
        }
        if (!Character.isWhitespace(text[j])) {
            return false;
        }
        while (j < end && Character.isWhitespace(text[j])) {
            j++;
        }
        if (j >= end) {
            return true;
        }
        char next = text[j];
        while (isOpener(next) && j + 1 < end) {
            next = text[++j];
        }
        if (!(Character.isUpperCase(next) || Character.isDigit(next))) {
            return false;
        }
        if (text[mark] != '.') {
            return true;
        }
        int wordStart = mark;
        while (wordStart > 0 && (Character.isLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) {
            wordStart--;
        }
        if (wordStart == mark) {
            return true;
        }
        String word = new String(text, wordStart, mark - wordStart).toLowerCase(java.util.Locale.ROOT);
        if (ABBREVIATIONS.contains(word)) {
            return false;
        }
        boolean initial = word.length() == 1 && Character.isUpperCase(text[wordStart]);
        boolean dotted = word.indexOf('.') >= 0;
        if (initial || dotted) {
            int wordEnd = j;
            while (wordEnd < end && Character.isLetter(text[wordEnd])) {
                wordEnd++;
            }
            String following = new String(text, j, wordEnd - j).toLowerCase(java.util.Locale.ROOT);
            return SENTENCE_STARTERS.contains(following);
        }
        return true;
    }
}
