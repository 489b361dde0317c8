package com.claimwire.ingest.parsing.feeds;

import java.net.URI;
import java.net.URISyntaxException;

/** Resolving the relative links that feeds are full of. */
final class Urls {

    private Urls() {
    }

    /**
     * {@code reference} made absolute against {@code base}; unchanged when it is already absolute, when there is
     * no usable base, or when either is not a URI (real feeds contain spaces and worse in links).
     */
    static String resolve(String base, String reference) {
        if (reference == null || reference.isEmpty() || base == null || base.isEmpty()) {
            return reference;
        }
        try {
            URI referenceUri = new URI(encodeUnsafe(reference));
            if (referenceUri.isAbsolute()) {
                return reference;
            }
            URI baseUri = new URI(encodeUnsafe(base));
            if (!baseUri.isAbsolute() || baseUri.isOpaque()) {
                return reference;
            }
            if (referenceUri.toString().isEmpty()) {
                return baseUri.toString();
            }
            if (baseUri.getRawPath() == null || baseUri.getRawPath().isEmpty()) {
                baseUri = baseUri.resolve("/");
            }
            return baseUri.resolve(referenceUri).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return reference;
        }
    }

    private static String encodeUnsafe(String uri) {
        StringBuilder encoded = new StringBuilder(uri.length());
        for (char c : uri.strip().toCharArray()) {
            switch (c) {
                case ' ' -> encoded.append("%20");
                case '|' -> encoded.append("%7C");
                case '"' -> encoded.append("%22");
                case '<' -> encoded.append("%3C");
                case '>' -> encoded.append("%3E");
                case '{' -> encoded.append("%7B");
                case '}' -> encoded.append("%7D");
                case '^' -> encoded.append("%5E");
                case '`' -> encoded.append("%60");
                case '\\' -> encoded.append("%5C");
                default -> encoded.append(c);
            }
        }
        return encoded.toString();
    }
}
