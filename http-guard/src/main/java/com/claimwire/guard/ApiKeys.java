package com.claimwire.guard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The accepted API keys. A presented key is compared with every accepted one by their SHA-256 digests in
 * constant time, so neither the response time nor an early exit reveals how much of a key, or of its length,
 * matched. Keys are held only as digests and never appear in {@link #toString()}.
 */
public final class ApiKeys {

    private final List<byte[]> digests;

    /** @param keys accepted keys; blank entries are ignored */
    public ApiKeys(List<String> keys) {
        this.digests = keys.stream().filter(key -> key != null && !key.isBlank()).map(ApiKeys::digest).toList();
    }

    /** Whether {@code presented} (the header value, possibly {@code null}) is one of the accepted keys. */
    public boolean isKnown(String presented) {
        if (presented == null || presented.isBlank()) {
            return false;
        }
        byte[] candidate = digest(presented);
        boolean known = false;
        for (byte[] accepted : digests) {
            known |= MessageDigest.isEqual(accepted, candidate);
        }
        return known;
    }

    public int size() {
        return digests.size();
    }

    @Override
    public String toString() {
        return "ApiKeys[" + digests.size() + " keys]";
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
