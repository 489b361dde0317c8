package com.claimwire.search.tracking;

import com.claimwire.search.indexing.ClaimDocument;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one speaker claimed, by date and stance.
 *
 * @param speaker the speaker's canonical name
 * @param total how many claims the speaker made in all
 * @param claims the claims, earliest first (the first {@code size} of them)
 * @param days claims per publication day (UTC), counted by type
 */
record SpeakerTimeline(String speaker, long total, List<Entry> claims, List<Day> days) {

    /**
     * @param status the tracking status, {@code null} when the claim was indexed without tracking
     */
    record Entry(String id, Instant publishedAt, String type, String status, String text, String articleTitle,
            String articleUrl, String source) {

        static Entry of(ClaimDocument claim) {
            return new Entry(claim.id(), claim.publishedAt(), claim.type(),
                    claim.tracking() == null ? null : claim.tracking().status(), claim.text(), claim.articleTitle(),
                    claim.articleUrl(), claim.source());
        }
    }

    /**
     * @param date the day, {@code yyyy-MM-dd}
     * @param claims how many claims that day
     * @param byType how many of each claim type
     */
    record Day(String date, long claims, Map<String, Long> byType) {
    }
}
