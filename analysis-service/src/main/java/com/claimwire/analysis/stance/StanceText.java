package com.claimwire.analysis.stance;

import java.util.Locale;

/**
 * Text prepared for the stance rules: lower case, one space between tokens, punctuation that separates
 * clauses kept as its own token, quotes and brackets dropped, curly apostrophes unified and contractions
 * expanded ("didn't" → "did not", "we'll" → "we will"), so that rules are plain token patterns.
 */
final class StanceText {

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
                flush(word, out);
                if (c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?') {
                    append(out, String.valueOf(c));
                } else if (c == '\u2014' || c == '\u2013') {
                    append(out, ",");
                }
            }
        }
        flush(word, out);
        return out.toString();
    }

    private static void flush(StringBuilder word, StringBuilder out) {
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
                case "'d" -> "would";
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
