package com.claimwire.ingest.parsing.feeds;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Turns the bytes of a feed into XML text that a parser with DTDs switched off can read, and that can no
 * longer carry an entity attack.
 *
 * <p>Decoding honours a byte-order mark, then the XML declaration's encoding, then UTF-8, falling back to
 * windows-1252 for bytes that are not UTF-8 (what mislabelled feeds almost always are). The declaration itself
 * is dropped because the text is already decoded.
 *
 * <p>The document type declaration is removed with its internal subset, so no entity is ever declared: nothing
 * to expand (billion laughs, quadratic blowup) and nothing external to fetch. Entity references are rewritten:
 * the five XML entities stay, HTML entity names that feeds use without a DTD ({@code &nbsp;}, {@code &eacute;})
 * become numeric character references, and any other name stays as literal text. Bare ampersands and less-than
 * signs that cannot start markup are escaped, and characters XML forbids are dropped. Comments and CDATA
 * sections are copied untouched.
 */
final class XmlSanitizer {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern XML_DECLARATION = Pattern.compile("^\\s*<\\?xml[^>]*\\?>");
    private static final int MAX_ENTITY_NAME = 32;

    private XmlSanitizer() {
    }

    static String sanitize(byte[] content) {
        return sanitize(decode(content));
    }

    static String decode(byte[] content) {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return decodeLenient(content, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(content, 0xFF, 0xFE)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(content, 0x00, 0x3C, 0x00)) {
            return new String(content, StandardCharsets.UTF_16BE);
        }
        if (startsWith(content, 0x3C, 0x00, 0x3F, 0x00) || startsWith(content, 0x3C, 0x00, 0x72, 0x00)) {
            return new String(content, StandardCharsets.UTF_16LE);
        }
        String head = new String(content, 0, Math.min(content.length, 256), StandardCharsets.ISO_8859_1);
        Matcher declared = DECLARED_ENCODING.matcher(head);
        Charset charset = declared.find() ? charsetNamed(declared.group(1)) : StandardCharsets.UTF_8;
        return decodeLenient(content, 0, charset);
    }

    private static Charset charsetNamed(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        // Browsers read these labels as windows-1252, and so do the feeds that carry them.
        if (lower.equals("iso-8859-1") || lower.equals("latin1") || lower.equals("us-ascii") || lower.equals("ascii")) {
            return WINDOWS_1252;
        }
        if (lower.startsWith("utf-16")) {
            // A UTF-16 declaration read through single bytes means the label is wrong; the BOM checks failed.
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static String decodeLenient(byte[] content, int offset, Charset charset) {
        if (!charset.equals(StandardCharsets.UTF_8)) {
            return new String(content, offset, content.length - offset, charset);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, offset, content.length - offset, WINDOWS_1252);
        }
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String sanitize(String text) {
        String document = text.startsWith("\uFEFF") ? text.substring(1) : text;
        document = XML_DECLARATION.matcher(document).replaceFirst("");
        StringBuilder out = new StringBuilder(document.length() + 64);
        int length = document.length();
        int i = 0;
        while (i < length) {
            char c = document.charAt(i);
            if (c == '<') {
                if (document.startsWith("<!--", i)) {
                    i = copyThrough(document, i, "-->", out);
                } else if (document.startsWith("<![CDATA[", i)) {
                    i = copyThrough(document, i, "]]>", out);
                } else if (regionMatchesIgnoreCase(document, i, "<!DOCTYPE")) {
                    i = skipDoctype(document, i);
                } else if (document.startsWith("<?", i)) {
                    i = copyThrough(document, i, "?>", out);
                } else if (i + 1 < length && startsMarkup(document.charAt(i + 1))) {
                    out.append(c);
                    i++;
                } else {
                    out.append("&lt;");
                    i++;
                }
            } else if (c == '&') {
                i = rewriteReference(document, i, out);
            } else {
                appendIfXmlChar(document, i, out);
                i += Character.charCount(document.codePointAt(i));
            }
        }
        return out.toString();
    }

    private static boolean startsMarkup(char next) {
        return next == '/' || next == '!' || next == '?' || next == '_' || Character.isLetter(next);
    }

    private static boolean regionMatchesIgnoreCase(String text, int offset, String expected) {
        return text.regionMatches(true, offset, expected, 0, expected.length());
    }

    private static int copyThrough(String document, int start, String terminator, StringBuilder out) {
        int end = document.indexOf(terminator, start);
        int stop = end < 0 ? document.length() : end + terminator.length();
        for (int i = start; i < stop; ) {
            appendIfXmlChar(document, i, out);
            i += Character.charCount(document.codePointAt(i));
        }
        if (end < 0) {
            out.append(terminator);
        }
        return stop;
    }

    /** Skips {@code <!DOCTYPE ...>} including an internal subset in brackets and quoted literals. */
    private static int skipDoctype(String document, int start) {
        int depth = 0;
        char quote = 0;
        for (int i = start + 2; i < document.length(); i++) {
            char c = document.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == '>' && depth == 0) {
                return i + 1;
            }
        }
        return document.length();
    }

    private static int rewriteReference(String document, int ampersand, StringBuilder out) {
        int semicolon = -1;
        int limit = Math.min(document.length(), ampersand + MAX_ENTITY_NAME + 2);
        for (int i = ampersand + 1; i < limit; i++) {
            char c = document.charAt(i);
            if (c == ';') {
                semicolon = i;
                break;
            }
            if (!(Character.isLetterOrDigit(c) || c == '#' || c == '.' || c == '-' || c == '_')) {
                break;
            }
        }
        if (semicolon <= ampersand + 1) {
            out.append("&amp;");
            return ampersand + 1;
        }
        String name = document.substring(ampersand + 1, semicolon);
        if (name.charAt(0) == '#') {
            int codePoint = numericReference(name);
            if (isXmlChar(codePoint)) {
                out.append("&#").append(codePoint).append(';');
            } else if (codePoint < 0) {
                out.append("&amp;");
                return ampersand + 1;
            }
            return semicolon + 1;
        }
        switch (name) {
            case "lt", "gt", "amp", "quot", "apos" -> out.append('&').append(name).append(';');
            default -> {
                String html = Entities.getByName(name);
                if (html == null || html.isEmpty()) {
                    out.append("&amp;").append(name).append(';');
                } else {
                    html.codePoints().forEach(codePoint -> out.append("&#").append(codePoint).append(';'));
                }
            }
        }
        return semicolon + 1;
    }

    /** The code point of {@code #123} or {@code #x7B}; -1 when it is not a number, 0 when out of range. */
    private static int numericReference(String name) {
        try {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            String digits = name.substring(hex ? 2 : 1);
            if (digits.isEmpty() || digits.length() > 8) {
                return -1;
            }
            long value = Long.parseLong(digits, hex ? 16 : 10);
            return value > Character.MAX_CODE_POINT ? 0 : (int) value;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void appendIfXmlChar(String document, int index, StringBuilder out) {
        int codePoint = document.codePointAt(index);
        if (isXmlChar(codePoint)) {
            out.appendCodePoint(codePoint);
        }
    }

    private static boolean isXmlChar(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || (codePoint >= 0x20 && codePoint <= 0xD7FF)
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
    }
}
