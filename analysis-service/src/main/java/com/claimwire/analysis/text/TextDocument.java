package com.claimwire.analysis.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An article body prepared for extraction: a cleaned same-length copy, paragraphs, sentences and tokens.
 * All offsets are Java {@code String} offsets into the original body.
 */
public final class TextDocument {

    private final String body;
    private final char[] clean;
    private final List<Paragraph> paragraphs;
    private final List<Sentence> sentences;
    private final Tokens tokens;
    private final int[] sentenceOfToken;

    private TextDocument(String body) {
        this.body = body;
        this.clean = CleanText.of(body);
        this.tokens = Tokens.of(clean);
        this.paragraphs = findParagraphs(clean);
        this.sentences = SentenceSplitter.split(clean, paragraphs, tokens);
        this.sentenceOfToken = new int[tokens.size()];
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                sentenceOfToken[t] = s;
            }
        }
    }

    public static TextDocument of(String body) {
        return new TextDocument(body == null ? "" : body);
    }

    /**
     * Paragraphs end at blank lines, at a line break followed by an indented line, at a line break after
     * a line that ends a sentence and after a short line (a headline, a list item) unless the next line goes on in
     * lower case; other line breaks are hard wraps inside a paragraph (wire copy).
     */
    private static List<Paragraph> findParagraphs(char[] text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int n = text.length;
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text[i])) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            int end;
            while (true) {
                while (i < n && text[i] != '\n') {
                    i++;
                }
                end = i;
                if (i >= n || !isHardWrap(text, start, end)) {
                    break;
                }
                i++;
            }
            while (end > start && Character.isWhitespace(text[end - 1])) {
                end--;
            }
            paragraphs.add(new Paragraph(start, end));
        }
        return Collections.unmodifiableList(paragraphs);
    }

    /** Whether the line break at {@code lineEnd} only wraps a long line of the paragraph that starts at {@code start}. */
    private static boolean isHardWrap(char[] text, int start, int lineEnd) {
        int next = lineEnd + 1;
        if (next >= text.length || text[next] == '\n' || text[next] == ' ' || text[next] == '\t') {
            return false;
        }
        int last = lineEnd - 1;
        while (last > start && text[last] == ' ') {
            last--;
        }
        int lineStart = lineEnd;
        while (lineStart > start && text[lineStart - 1] != '\n') {
            lineStart--;
        }
        char c = text[last];
        boolean closed = c == '.' || c == '!' || c == '?' || c == '"' || c == '”' || c == ':' || c == '»';
        // "said it\nwould": a short line whose next line goes on in lower case was wrapped mid-sentence.
        return !closed && (lineEnd - lineStart >= 40 || Character.isLowerCase(text[next]));
    }

    public String body() {
        return body;
    }

    /** The cleaned character at {@code index} (see {@link CleanText}). */
    public char charAt(int index) {
        return clean[index];
    }

    public int length() {
        return clean.length;
    }

    /** The cleaned text between the offsets, for reading; offsets stay those of the body. */
    public String cleanText(int start, int end) {
        return new String(clean, start, end - start);
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public Tokens tokens() {
        return tokens;
    }

    /** Index of the sentence that holds {@code token}. */
    public int sentenceOf(int token) {
        return sentenceOfToken[token];
    }

    /** Index of the paragraph that holds {@code offset}, or of the last one before it. */
    public int paragraphAt(int offset) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (paragraphs.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** Index of the sentence that holds {@code offset}, or of the last one before it. */
    public int sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
