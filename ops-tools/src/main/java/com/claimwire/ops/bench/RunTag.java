package com.claimwire.ops.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What tells one run's articles from everything else in the stack: their outlet ({@code source}) is
 * {@code reuters-bench-<id>}, which the searchable watcher filters on and the run's alert rule matches, and their
 * ids start with {@code bench-<id>-}.
 */
record RunTag(String id) {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    static RunTag startingAt(Instant start) {
        return new RunTag((STAMP.format(start) + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000,
                0x10000))).toLowerCase(Locale.ROOT));
    }

    String source() {
        return "reuters-bench-" + id;
    }

    String articleId(int pass, String newId) {
        return "bench-" + id + "-" + pass + "-" + newId;
    }
}
