package com.claimwire.ingest.parsing.feeds;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as feeds really write them: RFC 822 and its many variants (missing weekday, two-digit years, full month
 * names, zone abbreviations, no zone at all), ISO 8601 / RFC 3339 (with or without seconds, fractions, offset,
 * or separator), and the "January 2, 2006 3:04 PM" and Unix {@code date} styles. A missing zone means UTC.
 */
public final class FeedDates {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-?(\\d{2})-?(\\d{2})(?:[T\\s]+(\\d{1,2}):?(\\d{2})(?::?(\\d{2})(?:[.,](\\d+))?)?)?\\s*(.*)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?:[A-Za-z]+\\.?,?\\s*)?(\\d{1,2})(?:st|nd|rd|th)?[\\s\\-/.]+([A-Za-z]{3,})\\.?,?[\\s\\-/.]+(\\d{2,4})"
                    + "(?:[\\s,T]+(?:at\\s+)?(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?(?:\\.\\d+)?\\s*([AaPp][Mm])?)?\\s*(.*)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?:[A-Za-z]+\\.?,?\\s+)?([A-Za-z]{3,})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"
                    + "(?:[\\s,T]+(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*([AaPp][Mm])?)?\\s*(.*)");
    private static final Pattern UNIX_DATE = Pattern.compile(
            "[A-Za-z]{3}\\s+([A-Za-z]{3})\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})\\s+(?:(\\S+)\\s+)?(\\d{4})");
    private static final Pattern NUMERIC_OFFSET = Pattern.compile("([+-])(\\d{1,2}):?(\\d{2})?");
    private static final Map<String, Integer> ZONE_HOURS_TIMES_FOUR = Map.ofEntries(
            Map.entry("GMT", 0), Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("Z", 0), Map.entry("WET", 0),
            Map.entry("EST", -20), Map.entry("EDT", -16), Map.entry("CST", -24), Map.entry("CDT", -20),
            Map.entry("MST", -28), Map.entry("MDT", -24), Map.entry("PST", -32), Map.entry("PDT", -28),
            Map.entry("AKST", -36), Map.entry("AKDT", -32), Map.entry("HST", -40), Map.entry("AST", -16),
            Map.entry("ADT", -12), Map.entry("NST", -14), Map.entry("NDT", -10),
            Map.entry("BST", 4), Map.entry("IST", 22), Map.entry("CET", 4), Map.entry("CEST", 8),
            Map.entry("MET", 4), Map.entry("MEST", 8), Map.entry("WEST", 4), Map.entry("EET", 8),
            Map.entry("EEST", 12), Map.entry("MSK", 12), Map.entry("JST", 36), Map.entry("KST", 36),
            Map.entry("HKT", 32), Map.entry("SGT", 32), Map.entry("AWST", 32), Map.entry("ACST", 38),
            Map.entry("AEST", 40), Map.entry("AEDT", 44), Map.entry("NZST", 48), Map.entry("NZDT", 52));

    private FeedDates() {
    }

    /** The instant the text denotes, or {@code null} when it is not a recognisable date. */
    public static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip().replaceAll("\\s+", " ");
        if (value.isEmpty()) {
            return null;
        }
        try {
            Matcher iso = ISO.matcher(value);
            if (iso.matches()) {
                return at(number(iso.group(1)), number(iso.group(2)), number(iso.group(3)), number(iso.group(4)),
                        number(iso.group(5)), number(iso.group(6)), nanos(iso.group(7)), iso.group(8));
            }
            Matcher dayFirst = DAY_MONTH_YEAR.matcher(value);
            if (dayFirst.matches() && month(dayFirst.group(2)) > 0) {
                return at(year(dayFirst.group(3)), month(dayFirst.group(2)), number(dayFirst.group(1)),
                        hour(dayFirst.group(4), dayFirst.group(7)), number(dayFirst.group(5)),
                        number(dayFirst.group(6)), 0, dayFirst.group(8));
            }
            Matcher monthFirst = MONTH_DAY_YEAR.matcher(value);
            if (monthFirst.matches() && month(monthFirst.group(1)) > 0) {
                return at(year(monthFirst.group(3)), month(monthFirst.group(1)), number(monthFirst.group(2)),
                        hour(monthFirst.group(4), monthFirst.group(7)), number(monthFirst.group(5)),
                        number(monthFirst.group(6)), 0, monthFirst.group(8));
            }
            Matcher unix = UNIX_DATE.matcher(value);
            if (unix.matches() && month(unix.group(1)) > 0) {
                return at(number(unix.group(7)), month(unix.group(1)), number(unix.group(2)), number(unix.group(3)),
                        number(unix.group(4)), number(unix.group(5)), 0, unix.group(6));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static Instant at(int year, int month, int day, int hour, int minute, int second, int nanos,
                              String zone) {
        ZoneId offset = zone(zone);
        if (offset == null) {
            return null;
        }
        if (hour == 24 && minute == 0 && second == 0) {
            return LocalDateTime.of(year, month, day, 0, 0).plusDays(1).atZone(offset).toInstant();
        }
        return LocalDateTime.of(year, month, day, hour, minute, second, nanos).atZone(offset).toInstant();
    }

    /** The zone a trailing token denotes; UTC when absent or unknown, {@code null} when it is clearly garbage. */
    private static ZoneId zone(String token) {
        String zone = token == null ? "" : token.strip();
        // "+0000 (UTC)", "GMT+2", "EST5EDT": keep the first token; comments in brackets add nothing.
        zone = zone.replaceAll("\\(.*\\)", "").strip();
        if (zone.isEmpty()) {
            return ZoneOffset.UTC;
        }
        String upper = zone.toUpperCase(Locale.ROOT);
        if ((upper.startsWith("GMT") || upper.startsWith("UTC")) && upper.length() > 3) {
            zone = zone.substring(3).strip();
            upper = upper.substring(3).strip();
        }
        Matcher numeric = NUMERIC_OFFSET.matcher(zone);
        if (numeric.matches()) {
            int hours = Integer.parseInt(numeric.group(2));
            int minutes = numeric.group(3) == null ? 0 : Integer.parseInt(numeric.group(3));
            int sign = numeric.group(1).equals("-") ? -1 : 1;
            if (hours > 18 || minutes > 59) {
                return null;
            }
            return ZoneOffset.ofTotalSeconds(sign * (hours * 3600 + minutes * 60));
        }
        String abbreviation = upper.split("[\\s,]")[0];
        Integer quarterHours = ZONE_HOURS_TIMES_FOUR.get(abbreviation);
        if (quarterHours != null) {
            return ZoneOffset.ofTotalSeconds(quarterHours * 15 * 60);
        }
        if (zone.contains("/")) {
            try {
                return ZoneId.of(zone.split("\\s")[0]);
            } catch (DateTimeException unknownRegion) {
                return ZoneOffset.UTC;
            }
        }
        return abbreviation.matches("[A-Z]{1,5}") ? ZoneOffset.UTC : null;
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private static int nanos(String fraction) {
        if (fraction == null) {
            return 0;
        }
        String nine = (fraction + "000000000").substring(0, 9);
        return Integer.parseInt(nine);
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (digits.length() <= 2) {
            return year < 50 ? 2000 + year : 1900 + year;
        }
        return year;
    }

    private static int hour(String digits, String meridiem) {
        int hour = number(digits);
        if (meridiem == null) {
            return hour;
        }
        boolean pm = meridiem.equalsIgnoreCase("pm");
        return hour % 12 + (pm ? 12 : 0);
    }

    private static int month(String name) {
        if (name.length() < 3) {
            return 0;
        }
        return switch (name.substring(0, 3).toLowerCase(Locale.ROOT)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> 0;
        };
    }
}
