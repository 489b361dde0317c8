package com.claimwire.analysis.text;

import java.util.Locale;
import java.util.Set;

/**
 * A same-length copy of an article body that the scanners can trust: control characters and HTML tag
 * remnants become spaces, carriage returns and Unicode line separators become newlines, no-break and
 * zero-width spaces become plain spaces. Because every character keeps its index, offsets found in the
 * clean copy are offsets into the original body.
 */
final class CleanText {

    /** A tag longer than this is not a tag but text that happens to contain '&lt;'. */
    private static final int MAX_TAG_LENGTH = 400;

    /** Element names that, in any case, open an HTML tag ("&lt;P&gt;", "&lt;FONT SIZE=2&gt;") rather than a marked-up name. */
    private static final Set<String> HTML_ELEMENTS = Set.of("a", "abbr", "address", "area", "article",
            "aside", "audio", "b", "base", "big", "blockquote", "body", "br", "button", "caption", "center", "cite", "code",
            "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "embed", "figcaption", "figure",
            "font", "footer", "form", "frame", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i",
            "iframe", "img", "input", "ins", "kbd", "label", "li", "link", "main", "map", "mark", "meta", "nav", "noscript",
            "object", "ol", "option", "p", "param", "picture", "pre", "q", "s", "samp", "script", "section", "select",
            "small", "source", "span", "strike", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td",
            "textarea", "tfoot", "th", "thead", "time", "title", "tr", "tt", "u", "ul", "var", "video", "wbr");

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
                // "<Glenwood Inc> said": wire copy marks a company's name in angle brackets; the name is text, only
                // the brackets go. A ticker ("<ORCL>") or a tag ("<P>", "<p class=x>") goes whole.
                boolean markedName = isMarkedName(chars, open + 1, j);
                for (int k = open; k <= j; k++) {
                    if (!markedName || k == open || k == j) {
                        chars[k] = ' ';
                    }
                }
                return j;
            }
            if (c == '<' || c == '\n') {
                return open;
            }
        }
        return open;
    }

    /** A capitalised name with a lower-case letter or a space, no attribute and no HTML element name first. */
    private static boolean isMarkedName(char[] chars, int from, int to) {
        if (!Character.isUpperCase(chars[from])) {
            return false;
        }
        boolean lowerOrSpace = false;
        int nameEnd = to;
        for (int k = from; k < to; k++) {
            char c = chars[k];
            if (c == '=' || c == '"' || c == '/') {
                return false;
            }
            if (c == ' ' && nameEnd == to) {
                nameEnd = k;
            }
            lowerOrSpace |= c == ' ' || Character.isLowerCase(c);
        }
        String first = new String(chars, from, nameEnd - from).toLowerCase(Locale.ROOT);
        return lowerOrSpace && !HTML_ELEMENTS.contains(first);
    }
}
