package com.claimwire.search.search;

import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import java.time.Duration;
import java.time.Instant;

/** The bucket width of the publication-date histogram. */
public enum HistogramInterval {
    HOUR(CalendarInterval.Hour, Duration.ofDays(2)),
    DAY(CalendarInterval.Day, Duration.ofDays(90)),
    WEEK(CalendarInterval.Week, Duration.ofDays(548)),
    MONTH(CalendarInterval.Month, Duration.ofDays(3_653)),
    YEAR(CalendarInterval.Year, null);

    private final CalendarInterval calendarInterval;
    /** The longest span this width suits: at most about a hundred bars, which a timeline can show. */
    private final Duration longestSpan;

    HistogramInterval(CalendarInterval calendarInterval, Duration longestSpan) {
        this.calendarInterval = calendarInterval;
        this.longestSpan = longestSpan;
    }

    CalendarInterval calendarInterval() {
        return calendarInterval;
    }

    /**
     * The finest width that draws the span from {@code first} to {@code last} in a readable number of bars; a day
     * when the span is unknown.
     */
    static HistogramInterval forSpan(Instant first, Instant last) {
        if (first == null || last == null) {
            return DAY;
        }
        Duration span = Duration.between(first, last);
        for (HistogramInterval interval : values()) {
            if (interval.longestSpan == null || span.compareTo(interval.longestSpan) <= 0) {
                return interval;
            }
        }
        return YEAR;
    }
}
