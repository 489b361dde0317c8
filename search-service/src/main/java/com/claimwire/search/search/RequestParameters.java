package com.claimwire.search.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads request parameters leniently in form (any letter case, date or date-time) and strictly in content. */
final class RequestParameters {

    private RequestParameters() {
    }

    static <E extends Enum<E>> E enumValue(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSearchRequestException(parameter, parameter + " '" + value + "' is not one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    static <E extends Enum<E>> List<E> enumValues(String parameter, List<String> values, Class<E> type) {
        return values == null ? List.of() : values.stream().map(value -> enumValue(parameter, value, type))
                .filter(v -> v != null).toList();
    }

    /** The start of a date range: a date means its first instant (UTC), a date-time means itself. */
    static Instant from(String value) {
        return bound("from", value, false);
    }

    /** The exclusive end of a date range: a date includes that whole day (UTC), a date-time is exclusive. */
    static Instant to(String value) {
        return bound("to", value, true);
    }

    private static Instant bound(String parameter, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidSearchRequestException(parameter, parameter + " '" + value
                    + "' is neither a date (2022-11-05) nor a date-time (2022-11-05T10:00:00Z)");
        }
    }

    static SearchCursor cursor(String value) {
        return value == null || value.isBlank() ? null : SearchCursor.decode(value.strip());
    }
}
