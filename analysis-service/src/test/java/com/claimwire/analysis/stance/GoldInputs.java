package com.claimwire.analysis.stance;

import com.claimwire.analysis.stance.ClaimTypeClassifier.Input;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Builds classifier inputs from annotated spans: the sentence around the span, its paragraph, quote status. */
final class GoldInputs {

    private GoldInputs() {
    }

    static Path sharedFile(String relative) {
        String shared = System.getProperty("claimwire.shared.dir");
        assumeTrue(shared != null, "claimwire.shared.dir is not set");
        Path file = Path.of(shared).resolve(relative);
        assumeTrue(Files.isRegularFile(file), file + " is absent");
        return file;
    }

    static Input input(String text, int start, int end, String cue, String speaker) {
        int paragraphStart = text.lastIndexOf("\n\n", start);
        paragraphStart = paragraphStart < 0 ? 0 : Math.min(start, paragraphStart + 2);
        int paragraphEnd = text.indexOf("\n\n", end);
        paragraphEnd = paragraphEnd < 0 ? text.length() : Math.max(end, paragraphEnd);
        String paragraph = text.substring(paragraphStart, paragraphEnd);
        int sentenceStart = start;
        while (sentenceStart > paragraphStart && !sentenceEndsBefore(text, sentenceStart)) {
            sentenceStart--;
        }
        int sentenceEnd = end;
        while (sentenceEnd < paragraphEnd && !sentenceEndsBefore(text, sentenceEnd)) {
            sentenceEnd++;
        }
        return new Input(cue == null ? "" : cue, text.substring(start, end), text.substring(sentenceStart, sentenceEnd).strip(),
                paragraph, opensQuote(text, start) || insideQuote(text, paragraphStart, start), speaker);
    }

    /** A sentence ends before {@code at} when a terminator and optional closing quote precede whitespace at it. */
    private static boolean sentenceEndsBefore(String text, int at) {
        if (at <= 0 || at >= text.length() || !Character.isWhitespace(text.charAt(at))) {
            return false;
        }
        int i = at - 1;
        while (i > 0 && "\"'\u201d\u2019)".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return ".!?".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean opensQuote(String text, int start) {
        return start < text.length() && (text.charAt(start) == '"' || text.charAt(start) == '\u201c' || text.charAt(start) == '\u2018');
    }

    private static boolean insideQuote(String text, int from, int to) {
        int quotes = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201c' || c == '\u201d') {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }
}
