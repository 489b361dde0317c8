package com.claimwire.analysis.stance;

import java.util.Locale;
import java.util.Set;

/**
 * Text prepared for the stance rules: lower case, one space between tokens, punctuation that separates
 * clauses kept as its own token, quotes and brackets dropped, curly apostrophes unified and contractions
 * expanded ("didn't" → "did not", "we'll" → "we will"), so that rules are plain token patterns.
 */
final class StanceText {

    private static final Set<String> PARTICIPLES = Set.of("been", "had", "done", "gone", "seen", "taken", "given", "known",
            "told", "made", "got", "gotten", "sent", "said", "met", "won", "lost", "left", "become", "come", "written",
            "spoken", "heard", "thought", "brought", "bought", "paid", "kept", "held", "run", "begun", "already");

    private StanceText() {
    }

    static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if ((c == '\'' || c == '\u2019' || c == '-') && !word.isEmpty() && i + 1 < text.length()
                    && Character.isLetter(text.charAt(i + 1))) {
                word.append(c == '-' ? '-' : '\'');
            } else {
                flush(word, out, text, i);
                if (c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?') {
                    append(out, String.valueOf(c));
                } else if (c == '\u2014' || c == '\u2013') {
                    append(out, ",");
                }
            }
        }
        flush(word, out, text, text.length());
        return out.toString();
    }

    /** The lower-case word that follows position {@code from}. */
    private static String nextWord(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(start, i).toLowerCase(Locale.ROOT);
    }

    /** "'d" before a past participle is "had" ("he'd been named"), otherwise "would" ("we'd never agree"). */
    private static String expandD(String next) {
        return next.endsWith("ed") || PARTICIPLES.contains(next) ? "had" : "would";
    }

    /** Appends the word just read; {@code text} from {@code at} on is what follows it. */
    private static void flush(StringBuilder word, StringBuilder out, String text, int at) {
        if (word.isEmpty()) {
            return;
        }
        String token = word.toString();
        word.setLength(0);
        if (token.equals("cannot")) {
            append(out, "can");
            append(out, "not");
            return;
        }
        if (token.endsWith("n't") && token.length() > 3) {
            String base = token.substring(0, token.length() - 3);
            append(out, switch (base) {
                case "wo" -> "will";
                case "ca" -> "can";
                case "sha" -> "shall";
                default -> base;
            });
            append(out, "not");
            return;
        }
        int apostrophe = token.lastIndexOf('\'');
        if (apostrophe > 0) {
            String suffix = token.substring(apostrophe);
            String expanded = switch (suffix) {
                case "'ll" -> "will";
                case "'re" -> "are";
                case "'ve" -> "have";
                case "'m" -> "am";
                case "'d" -> expandD(nextWord(text, at));
                case "'s" -> "'s";
                default -> null;
            };
            if (expanded != null) {
                append(out, token.substring(0, apostrophe));
                append(out, expanded);
                return;
            }
        }
        append(out, token);
    }

    private static void append(StringBuilder out, String token) {
        if (!out.isEmpty()) {
            out.append(' ');
        }
        out.append(token.toLowerCase(Locale.ROOT));
    }
}
