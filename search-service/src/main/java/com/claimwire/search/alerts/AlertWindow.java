package com.claimwire.search.alerts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The deduplication window of alerts: one alert per rule, claim cluster and window. Windows are fixed slices of
 * the claims' own time (publication, else receipt), not of the clock, so that replaying old claims lands in the
 * same windows and raises the same alerts.
 *
 * @param length how long a window lasts
 */
record AlertWindow(Duration length) {

    AlertWindow {
        if (length == null || length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("the alert window must be positive, was " + length);
        }
    }

    /** The start of the window {@code claimedAt} falls in. */
    Instant startOf(Instant claimedAt) {
        long size = length.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(claimedAt.toEpochMilli(), size) * size);
    }

    /** The id of the alert of {@code ruleId} for {@code clusterId} in the window starting at {@code windowStart}. */
    static String alertId(String ruleId, String clusterId, Instant windowStart) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (ruleId + '\n' + clusterId + '\n' + windowStart.toEpochMilli()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
