package com.claimwire.ingest.parsing.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Thu, 01 Jan 2004 19:48:21 GMT          | 2004-01-01T19:48:21Z",
            "Thu, 1 Jan 2004 19:48:21 +0000         | 2004-01-01T19:48:21Z",
            "01 Jan 2004 19:48:21 -0500             | 2004-01-02T00:48:21Z",
            "Thu, 01 Jan 04 19:48:21 EST            | 2004-01-02T00:48:21Z",
            "Thu, 01 Jan 2004 19:48 PDT             | 2004-01-02T02:48:00Z",
            "Thursday, 01 January 2004 19:48:21 UT  | 2004-01-01T19:48:21Z",
            "Thu, 01 Jan 2004 19:48:21              | 2004-01-01T19:48:21Z",
            "Thu, 01 Jan 2004 19:48:21 +01:00       | 2004-01-01T18:48:21Z",
            "Thu, 01 Jan 2004 19:48:21 CEST         | 2004-01-01T17:48:21Z",
            "Thu, 01 Jan 2004 19:48:21 +0000 (UTC)  | 2004-01-01T19:48:21Z",
            "01-Jan-2004 19:48:21 GMT               | 2004-01-01T19:48:21Z",
            "2004-01-01T19:48:21Z                   | 2004-01-01T19:48:21Z",
            "2004-01-01T19:48:21.123456+02:00       | 2004-01-01T17:48:21.123456Z",
            "2004-01-01T19:48:21+0200               | 2004-01-01T17:48:21Z",
            "2004-01-01T19:48:21                    | 2004-01-01T19:48:21Z",
            "2004-01-01 19:48:21                    | 2004-01-01T19:48:21Z",
            "2004-01-01T19:48Z                      | 2004-01-01T19:48:00Z",
            "2004-01-01                             | 2004-01-01T00:00:00Z",
            "20040101T194821Z                       | 2004-01-01T19:48:21Z",
            "January 1, 2004 7:48 PM                | 2004-01-01T19:48:00Z",
            "Jan 1st, 2004                          | 2004-01-01T00:00:00Z",
            "Thu Jan  1 19:48:21 UTC 2004           | 2004-01-01T19:48:21Z",
            "Thu Jan 01 19:48:21 2004               | 2004-01-01T19:48:21Z",
    })
    void parsesTheFormatsFeedsUse(String text, String expected) {
        assertThat(FeedDates.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "  ", "yesterday", "Thu, 32 Jan 2004 19:48:21 GMT", "2004-13-01", "soon, 2004"})
    void returnsNullForWhatIsNotADate(String text) {
        assertThat(FeedDates.parse(text)).isNull();
    }
}
