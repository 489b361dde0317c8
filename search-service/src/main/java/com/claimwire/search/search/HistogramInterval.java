package com.claimwire.search.search;

import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;

/** The bucket width of the publication-date histogram. */
public enum HistogramInterval {
    HOUR(CalendarInterval.Hour),
    DAY(CalendarInterval.Day),
    WEEK(CalendarInterval.Week),
    MONTH(CalendarInterval.Month),
    YEAR(CalendarInterval.Year);

    private final CalendarInterval calendarInterval;

    HistogramInterval(CalendarInterval calendarInterval) {
        this.calendarInterval = calendarInterval;
    }

    CalendarInterval calendarInterval() {
        return calendarInterval;
    }
}
