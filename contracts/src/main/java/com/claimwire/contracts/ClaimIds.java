package com.claimwire.contracts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable identifiers derived from content, so that a re-delivery never makes a second document. */
public final class ClaimIds {

    private ClaimIds() {
    }

    /** The id of the claim at {@code [start, end)} of an article: the same article and span give the same id. */
    public static String claimId(String articleId, int start, int end) {
        return articleId + "-c" + shortHash(articleId + ':' + start + ':' + end);
    }

    /** The id of an article from its canonical URL. */
    public static String articleId(String canonicalUrl) {
        return shortHash(canonicalUrl);
    }

    /** The first 16 hex digits of the SHA-256 of {@code value}. */
    public static String shortHash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
