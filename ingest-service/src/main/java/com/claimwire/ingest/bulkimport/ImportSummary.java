package com.claimwire.ingest.bulkimport;

import com.claimwire.contracts.EventCodec;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Final counts of an import.
 *
 * @param lines non-blank lines read
 * @param accepted articles published (new or updated)
 * @param updated of those, changed versions of articles published before
 * @param nearDuplicates of those, published with {@code duplicateOf} (another copy's body)
 * @param duplicates lines already published unchanged, not republished
 * @param rejected lines refused, each in the rejects file with its reason
 * @param seconds wall time
 * @param rejectsFile where rejected lines went
 */
record ImportSummary(long lines, long accepted, long updated, long nearDuplicates, long duplicates, long rejected,
        double seconds, Path rejectsFile) {

    double acceptedPerSecond() {
        return seconds > 0 ? accepted / seconds : 0;
    }

    String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("lines", lines);
        json.put("accepted", accepted);
        json.put("updated", updated);
        json.put("nearDuplicates", nearDuplicates);
        json.put("duplicates", duplicates);
        json.put("rejected", rejected);
        json.put("seconds", Math.round(seconds * 100) / 100.0);
        json.put("acceptedPerSecond", Math.round(acceptedPerSecond() * 10) / 10.0);
        json.put("rejectsFile", rejectsFile.toString());
        return EventCodec.encodeToString(json);
    }

    String describe() {
        return String.format(Locale.ROOT,
                "%,d lines: %,d accepted (%,d updated, %,d near duplicates), %,d duplicates, %,d rejected"
                        + " (reasons in %s) in %.1f s, %,.0f accepted/s",
                lines, accepted, updated, nearDuplicates, duplicates, rejected, rejectsFile, seconds, acceptedPerSecond());
    }
}
